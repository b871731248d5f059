package visitoridentity.application.port;

import java.time.Instant;
import visitoridentity.domain.id.WorkspaceId;

/**
 * The {@code jti} of every identity token already used, per workspace, kept until the token expires:
 * one store that every server instance shares, so a token works once, on whichever instance.
 */
public interface UsedTokenIdRepository {
    /**
     * Records the use of {@code jti}, kept until {@code expiresAt}; false, recording nothing, when it
     * was used before. Two concurrent first uses cannot both win: the loser's transaction fails with
     * {@link ConcurrentUpdateException}, and its retry sees the winner's record.
     */
    boolean recordFirstUse(WorkspaceId workspaceId, String jti, Instant expiresAt);

    /** Forgets the ids of tokens expired before {@code now} (they cannot be used anyway); how many. */
    int deleteExpired(Instant now);
}
