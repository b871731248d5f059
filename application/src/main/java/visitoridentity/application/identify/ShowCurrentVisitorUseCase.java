package visitoridentity.application.identify;

import visitoridentity.application.session.VisitorCredentials;

/** The session's own identity, as {@code GET /visitors/me} shows it. */
public interface ShowCurrentVisitorUseCase {
    IdentityResult show(VisitorCredentials credentials);
}
