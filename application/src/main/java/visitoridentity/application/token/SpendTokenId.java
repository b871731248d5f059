package visitoridentity.application.token;

import java.time.Clock;
import java.time.Instant;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.domain.id.WorkspaceId;

/** See {@link SpendTokenIdUseCase}. */
public final class SpendTokenId implements SpendTokenIdUseCase {
    private final UsedTokenIdRepository usedTokenIds;
    private final Clock clock;

    public SpendTokenId(UsedTokenIdRepository usedTokenIds, Clock clock) {
        this.usedTokenIds = usedTokenIds;
        this.clock = clock;
    }

    @Override
    public boolean spend(WorkspaceId workspaceId, String jti, Instant expiresAt) {
        return usedTokenIds.recordFirstUse(workspaceId, jti, expiresAt);
    }

    @Override
    public int sweepExpired() {
        return usedTokenIds.deleteExpired(clock.instant());
    }
}
