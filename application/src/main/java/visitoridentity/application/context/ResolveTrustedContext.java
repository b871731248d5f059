package visitoridentity.application.context;

import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.domain.visitor.Visitor;

/** See {@link ResolveTrustedContextUseCase}: untrusted claims never reach a downstream action. */
public final class ResolveTrustedContext implements ResolveTrustedContextUseCase {
    private final VisitorSessions sessions;

    public ResolveTrustedContext(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public TrustedContext resolve(VisitorCredentials credentials) {
        Visitor visitor = sessions.resolve(credentials).visitor();
        return new TrustedContext(
                visitor.id(),
                visitor.trustedExternalId(),
                visitor.trustedEmail(),
                visitor.trustedPhone(),
                visitor.metadata());
    }
}
