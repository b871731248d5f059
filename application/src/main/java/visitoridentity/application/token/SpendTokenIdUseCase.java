package visitoridentity.application.token;

import java.time.Instant;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Spends an identity token's {@code jti}: the first use of it in a workspace succeeds, every later
 * one, on any server instance, does not, until the token has expired (then it cannot be used anyway).
 * Called while an identify is judged, it joins that identify's transaction: a refused identify spends
 * nothing.
 */
public interface SpendTokenIdUseCase {
    /** True on the first use of {@code jti} in the workspace; false on a replay. */
    boolean spend(WorkspaceId workspaceId, String jti, Instant expiresAt);

    /** Forgets spent ids whose tokens expired before now; how many. */
    int sweepExpired();
}
