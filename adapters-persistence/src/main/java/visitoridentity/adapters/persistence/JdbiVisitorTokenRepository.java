package visitoridentity.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.RevokedVisitorToken;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;

/**
 * Visitor tokens: an anonymous id's {@code token_hash} is its one live token (a column, so a device
 * can never hold two), and {@code revoked_visitor_tokens} remembers the hashes that stopped working.
 * Every change to a live token is a compare-and-set on its hash, so of two calls racing on one token
 * exactly one wins; the other sees nothing to change.
 */
final class JdbiVisitorTokenRepository implements VisitorTokenRepository {
    private static final String CLEAR_LIVE_TOKEN =
            "UPDATE anonymous_ids SET token_hash = NULL, token_issued_at = NULL, token_used_at = NULL"
                    + " WHERE workspace_id = :workspaceId AND token_hash = :tokenHash";

    private final JdbiTransactions transactions;

    JdbiVisitorTokenRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * One statement, one row, reads the token with its device's visitor: resolving a session needs it
     * next, and {@link JdbiVisitorRepository#findByAnonymousId} in the same transaction takes it from
     * {@link TransactionReads} instead of asking again.
     */
    @Override
    public Optional<LiveVisitorToken> findLive(WorkspaceId workspaceId, SecretHash tokenHash) {
        return transactions.withReads((handle, reads) -> handle.createQuery(
                        "SELECT a.anonymous_id AS token_device, a.token_issued_at, a.token_used_at, "
                                + JdbiVisitorRepository.VISITOR_OF_DEVICE
                                + " WHERE a.workspace_id = :workspaceId AND a.token_hash = :tokenHash")
                .bind("workspaceId", workspaceId.value())
                .bind("tokenHash", tokenHash.hex())
                .map((row, context) -> {
                    LiveVisitorToken token = new LiveVisitorToken(
                            AnonymousId.of(row.getString("token_device")),
                            UtcTimestamps.read(row, "token_issued_at"),
                            UtcTimestamps.read(row, "token_used_at"));
                    reads.readWithToken(
                            workspaceId, token.anonymousId(), RowMapping.toVisitor(VisitorRow.read(row, context)));
                    return token;
                })
                .findOne());
    }

    @Override
    public Optional<RevokedVisitorToken> findRevoked(WorkspaceId workspaceId, SecretHash tokenHash) {
        return transactions.withHandle(handle -> handle.createQuery(
                        "SELECT reason, revoked_at FROM revoked_visitor_tokens"
                                + " WHERE workspace_id = :workspaceId AND token_hash = :tokenHash")
                .bind("workspaceId", workspaceId.value())
                .bind("tokenHash", tokenHash.hex())
                .map((row, context) -> new RevokedVisitorToken(
                        Revocation.valueOf(row.getString("reason")), UtcTimestamps.read(row, "revoked_at")))
                .findOne());
    }

    @Override
    public void recordUse(WorkspaceId workspaceId, SecretHash tokenHash, Instant now, Instant staleBefore) {
        transactions.useHandle(
                handle -> handle.createUpdate("UPDATE anonymous_ids SET token_used_at = :now, last_seen_at = :now"
                                + " WHERE workspace_id = :workspaceId AND token_hash = :tokenHash"
                                + " AND token_used_at <= :staleBefore")
                        .bind("workspaceId", workspaceId.value())
                        .bind("tokenHash", tokenHash.hex())
                        .bindByType("now", now, Instant.class)
                        .bindByType("staleBefore", staleBefore, Instant.class)
                        .execute());
    }

    @Override
    public boolean revoke(WorkspaceId workspaceId, SecretHash tokenHash, Revocation reason, Instant now) {
        return transactions.withHandle(handle -> revoke(handle, workspaceId.value(), tokenHash.hex(), reason, now));
    }

    @Override
    public int revokeAllOf(WorkspaceId workspaceId, VisitorId visitorId, Revocation reason, Instant now) {
        return transactions.withHandle(handle -> {
            List<String> live = handle.createQuery("SELECT token_hash FROM anonymous_ids"
                            + " WHERE workspace_id = :workspaceId AND visitor_id = :visitorId"
                            + " AND token_hash IS NOT NULL FOR UPDATE")
                    .bind("workspaceId", workspaceId.value())
                    .bind("visitorId", visitorId.value())
                    .mapTo(String.class)
                    .list();
            int revoked = 0;
            for (String tokenHash : live) {
                revoked += revoke(handle, workspaceId.value(), tokenHash, reason, now) ? 1 : 0;
            }
            return revoked;
        });
    }

    @Override
    public void rotate(
            WorkspaceId workspaceId, AnonymousId anonymousId, SecretHash current, SecretHash next, Instant now) {
        transactions.useHandle(handle -> {
            int rotated = handle.createUpdate("UPDATE anonymous_ids SET token_hash = :next,"
                            + " token_issued_at = :now, token_used_at = :now"
                            + " WHERE workspace_id = :workspaceId AND anonymous_id = :anonymousId"
                            + " AND token_hash = :current")
                    .bind("workspaceId", workspaceId.value())
                    .bind("anonymousId", anonymousId.value())
                    .bind("current", current.hex())
                    .bind("next", next.hex())
                    .bindByType("now", now, Instant.class)
                    .execute();
            if (rotated == 0) {
                throw new ConcurrentUpdateException("the visitor token was replaced or revoked meanwhile");
            }
            remember(handle, workspaceId.value(), current.hex(), Revocation.ROTATION, now);
        });
    }

    @Override
    public int forgetRevokedBefore(Instant revokedBefore, int limit) {
        return transactions.inTransaction(() -> transactions.withHandle(handle -> {
            List<RevokedKey> doomed = handle.createQuery("SELECT workspace_id, token_hash FROM revoked_visitor_tokens"
                            + " WHERE revoked_at < :revokedBefore ORDER BY revoked_at FETCH FIRST :limit ROWS ONLY")
                    .bindByType("revokedBefore", revokedBefore, Instant.class)
                    .bind("limit", limit)
                    .map((row, context) -> new RevokedKey(row.getString("workspace_id"), row.getString("token_hash")))
                    .list();
            if (doomed.isEmpty()) {
                return 0;
            }
            PreparedBatch batch = handle.prepareBatch("DELETE FROM revoked_visitor_tokens"
                    + " WHERE workspace_id = :workspaceId AND token_hash = :tokenHash");
            for (RevokedKey key : doomed) {
                batch.bind("workspaceId", key.workspaceId())
                        .bind("tokenHash", key.tokenHash())
                        .add();
            }
            return IntStream.of(batch.execute()).sum();
        }));
    }

    private record RevokedKey(String workspaceId, String tokenHash) {}

    private static boolean revoke(Handle handle, String workspaceId, String tokenHash, Revocation reason, Instant now) {
        int cleared = handle.createUpdate(CLEAR_LIVE_TOKEN)
                .bind("workspaceId", workspaceId)
                .bind("tokenHash", tokenHash)
                .execute();
        if (cleared == 0) {
            return false;
        }
        remember(handle, workspaceId, tokenHash, reason, now);
        return true;
    }

    private static void remember(Handle handle, String workspaceId, String tokenHash, Revocation reason, Instant now) {
        handle.createUpdate("INSERT INTO revoked_visitor_tokens (workspace_id, token_hash, reason, revoked_at)"
                        + " VALUES (:workspaceId, :tokenHash, :reason, :revokedAt)")
                .bind("workspaceId", workspaceId)
                .bind("tokenHash", tokenHash)
                .bind("reason", reason.name())
                .bindByType("revokedAt", now, Instant.class)
                .execute();
    }
}
