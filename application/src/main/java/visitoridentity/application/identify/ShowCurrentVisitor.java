package visitoridentity.application.identify;

import java.util.List;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.session.VisitorSessions.Session;

/** See {@link ShowCurrentVisitorUseCase}. */
public final class ShowCurrentVisitor implements ShowCurrentVisitorUseCase {
    private final VisitorSessions sessions;

    public ShowCurrentVisitor(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public IdentityResult show(VisitorCredentials credentials) {
        Session session = sessions.resolve(credentials);
        return new IdentityResult(
                session.visitor(), session.anonymousId(), session.visitor().externalIdVerified(), List.of());
    }
}
