package visitoridentity.application.context;

import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.visitor.Visitor;

/** See {@link ResolveTrustedContextUseCase}: untrusted claims never reach a downstream action. */
public final class ResolveTrustedContext implements ResolveTrustedContextUseCase {
    private final VisitorSessions sessions;
    private final RetryOnConflict retry;

    public ResolveTrustedContext(VisitorSessions sessions, RetryOnConflict retry) {
        this.sessions = sessions;
        this.retry = retry;
    }

    @Override
    public TrustedContext resolve(VisitorCredentials credentials) {
        Visitor visitor = retry.run(() -> sessions.resolve(credentials)).visitor();
        return new TrustedContext(
                visitor.id(),
                visitor.trustedExternalId(),
                visitor.trustedEmail(),
                visitor.trustedPhone(),
                visitor.metadata());
    }
}
