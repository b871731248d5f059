package visitoridentity.adapters.persistence;

import java.time.Instant;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.domain.id.WorkspaceId;

/**
 * The spent token ids of {@code used_token_ids}. A first use is a look-up then an insert: of two
 * concurrent first uses the primary key lets one insert, and the other's transaction fails as a
 * conflict, whose retry finds the winner's row.
 */
final class JdbiUsedTokenIdRepository implements UsedTokenIdRepository {
    private final JdbiTransactions transactions;

    JdbiUsedTokenIdRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean recordFirstUse(WorkspaceId workspaceId, String jti, Instant expiresAt) {
        return transactions.withHandle(handle -> {
            boolean used = handle.createQuery(
                            "SELECT 1 FROM used_token_ids WHERE workspace_id = :workspaceId AND jti = :jti")
                    .bind("workspaceId", workspaceId.value())
                    .bind("jti", jti)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent();
            if (used) {
                return false;
            }
            handle.createUpdate("INSERT INTO used_token_ids (workspace_id, jti, expires_at)"
                            + " VALUES (:workspaceId, :jti, :expiresAt)")
                    .bind("workspaceId", workspaceId.value())
                    .bind("jti", jti)
                    .bindByType("expiresAt", expiresAt, Instant.class)
                    .execute();
            return true;
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        return transactions.withHandle(
                handle -> handle.createUpdate("DELETE FROM used_token_ids WHERE expires_at < :now")
                        .bindByType("now", now, Instant.class)
                        .execute());
    }
}
