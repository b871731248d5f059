package visitoridentity.application.session;

import java.time.Clock;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;

/** See {@link RevokeSessionUseCase}. */
public final class RevokeSession implements RevokeSessionUseCase {
    private final WorkspaceRepository workspaces;
    private final VisitorRepository visitors;
    private final VisitorTokenRepository tokens;
    private final RetryOnConflict retry;
    private final Clock clock;

    public RevokeSession(
            WorkspaceRepository workspaces,
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            RetryOnConflict retry,
            Clock clock) {
        this.workspaces = workspaces;
        this.visitors = visitors;
        this.tokens = tokens;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public void logout(VisitorCredentials credentials) {
        WorkspaceId workspaceId = credentials.workspaceId();
        SecretHash tokenHash = SecretHash.of(credentials.visitorToken());
        retry.run(() -> {
            if (workspaces.findById(workspaceId).isEmpty()) {
                throw new NotFoundException("workspace", workspaceId.value());
            }
            if (!tokens.revoke(workspaceId, tokenHash, Revocation.LOGOUT, clock.instant())) {
                throw VisitorSessions.refusal(tokens.findRevoked(workspaceId, tokenHash));
            }
            return tokenHash;
        });
    }

    @Override
    public void revokeAll(WorkspaceId workspaceId, VisitorId visitorId) {
        retry.run(() -> {
            if (visitors.findById(workspaceId, visitorId).isEmpty()) {
                throw new NotFoundException("visitor", visitorId.value());
            }
            return tokens.revokeAllOf(workspaceId, visitorId, Revocation.ADMIN, clock.instant());
        });
    }
}
