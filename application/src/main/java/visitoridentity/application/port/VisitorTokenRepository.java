package visitoridentity.application.port;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;

/**
 * The visitor tokens, by the hash of the token: each anonymous id holds at most one live token, and
 * a token that was revoked is remembered as revoked (by its hash only) so that its later use can be
 * told apart from a token that never existed. A visitor's first token is stored with it by {@link
 * VisitorRepository#start}. Every operation is scoped to one workspace.
 */
public interface VisitorTokenRepository {
    Optional<LiveVisitorToken> findLive(WorkspaceId workspaceId, SecretHash tokenHash);

    Optional<RevokedVisitorToken> findRevoked(WorkspaceId workspaceId, SecretHash tokenHash);

    /**
     * Records that the live token was used at {@code now}, and its device seen then, unless a use
     * after {@code staleBefore} is already recorded: concurrent callers write it at most once per
     * interval, and never backwards.
     */
    void recordUse(WorkspaceId workspaceId, SecretHash tokenHash, Instant now, Instant staleBefore);

    /** Revokes the live token with this hash; false when no live token has it. */
    boolean revoke(WorkspaceId workspaceId, SecretHash tokenHash, Revocation reason, Instant now);

    /** Revokes the live token of every anonymous id that resolves to the visitor; returns how many there were. */
    int revokeAllOf(WorkspaceId workspaceId, VisitorId visitorId, Revocation reason, Instant now);

    /**
     * Revokes the anonymous id's live token {@code current} as {@link Revocation#ROTATION} and gives
     * the id the live token {@code next}, issued and used at {@code now}. Throws {@link
     * ConcurrentUpdateException} when {@code current} is no longer that id's live token (another call
     * rotated or revoked it first).
     */
    void rotate(WorkspaceId workspaceId, AnonymousId anonymousId, SecretHash current, SecretHash next, Instant now);

    /**
     * Forgets at most {@code limit} revoked tokens, of any workspace, revoked before {@code
     * revokedBefore}, oldest first; returns how many. A forgotten token is then answered as one never
     * issued.
     */
    int forgetRevokedBefore(Instant revokedBefore, int limit);
}
