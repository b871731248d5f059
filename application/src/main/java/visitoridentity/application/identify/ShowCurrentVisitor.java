package visitoridentity.application.identify;

import java.util.List;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.session.VisitorSessions.Session;
import visitoridentity.application.transaction.RetryOnConflict;

/** See {@link ShowCurrentVisitorUseCase}. */
public final class ShowCurrentVisitor implements ShowCurrentVisitorUseCase {
    private final VisitorSessions sessions;
    private final RetryOnConflict retry;

    public ShowCurrentVisitor(VisitorSessions sessions, RetryOnConflict retry) {
        this.sessions = sessions;
        this.retry = retry;
    }

    @Override
    public IdentityResult show(VisitorCredentials credentials) {
        Session session = retry.run(() -> sessions.resolve(credentials));
        return new IdentityResult(
                session.visitor(), session.anonymousId(), session.visitor().externalIdVerified(), List.of());
    }
}
