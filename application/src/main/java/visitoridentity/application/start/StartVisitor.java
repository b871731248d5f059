package visitoridentity.application.start;

import java.time.Clock;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/** See {@link StartVisitorUseCase}. The token is stored only as its hash. */
public final class StartVisitor implements StartVisitorUseCase {
    private final WorkspaceRepository workspaces;
    private final VisitorRepository visitors;
    private final IdentifierGenerator identifiers;
    private final SecretGenerator secrets;
    private final RetryOnConflict retry;
    private final Clock clock;

    public StartVisitor(
            WorkspaceRepository workspaces,
            VisitorRepository visitors,
            IdentifierGenerator identifiers,
            SecretGenerator secrets,
            RetryOnConflict retry,
            Clock clock) {
        this.workspaces = workspaces;
        this.visitors = visitors;
        this.identifiers = identifiers;
        this.secrets = secrets;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public StartedVisitor start(WorkspaceId workspaceId) {
        return retry.run(() -> {
            if (workspaces.findById(workspaceId).isEmpty()) {
                throw new NotFoundException("workspace", workspaceId.value());
            }
            Visitor visitor = Visitor.start(identifiers.newVisitorId(), workspaceId, clock.instant());
            AnonymousId device = identifiers.newAnonymousId();
            String token = secrets.newVisitorToken();
            visitors.start(visitor, device, SecretHash.of(token));
            return new StartedVisitor(visitor.id(), device, token);
        });
    }
}
