package visitoridentity.application.session;

import visitoridentity.application.identify.IdentityResult;

/** The session's own identity, as {@code GET /visitors/me} shows it. */
public interface ShowCurrentVisitorUseCase {
    IdentityResult show(VisitorCredentials credentials);
}
