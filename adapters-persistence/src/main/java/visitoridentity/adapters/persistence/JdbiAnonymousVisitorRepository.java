package visitoridentity.adapters.persistence;

import java.time.Instant;
import java.util.List;
import visitoridentity.application.port.AnonymousVisitorRepository;

/**
 * The retention sweep's deletions. On PostgreSQL each batch first takes a transaction-scoped
 * advisory lock with {@code pg_try_advisory_xact_lock}: an instance that does not get it deletes
 * nothing, so one instance sweeps at a time. The chosen rows are locked ({@code FOR UPDATE}) so that
 * an identify racing the sweep either waits for it or makes the row no longer match.
 */
final class JdbiAnonymousVisitorRepository implements AnonymousVisitorRepository {
    /** The advisory lock's key: "visitor-identity retention sweep", as a number. */
    static final long SWEEP_LOCK = 0x5649_5357_4545_5031L;

    private static final String NEVER_IDENTIFIED = " external_id IS NULL AND email IS NULL AND phone IS NULL"
            + " AND contact_id IS NULL AND name IS NULL AND avatar_url IS NULL AND tag IS NULL AND metadata = '{}'"
            + " AND last_seen_at < :notSeenSince";

    private final JdbiTransactions transactions;
    private final Database database;

    JdbiAnonymousVisitorRepository(JdbiTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public int deleteNeverIdentified(Instant notSeenSince, int limit) {
        return transactions.inTransaction(() -> transactions.withHandle(handle -> {
            if (database == Database.POSTGRESQL
                    && !handle.createQuery("SELECT pg_try_advisory_xact_lock(:key)")
                            .bind("key", SWEEP_LOCK)
                            .mapTo(Boolean.class)
                            .one()) {
                return 0;
            }
            List<VisitorKey> doomed = handle.createQuery("SELECT workspace_id, id FROM visitors WHERE"
                            + NEVER_IDENTIFIED + " ORDER BY last_seen_at FETCH FIRST :limit ROWS ONLY FOR UPDATE")
                    .bindByType("notSeenSince", notSeenSince, Instant.class)
                    .bind("limit", limit)
                    .map((row, context) -> new VisitorKey(row.getString("workspace_id"), row.getString("id")))
                    .list();
            for (VisitorKey visitor : doomed) {
                handle.createUpdate("DELETE FROM anonymous_ids WHERE workspace_id = :workspaceId AND visitor_id = :id")
                        .bind("workspaceId", visitor.workspaceId())
                        .bind("id", visitor.id())
                        .execute();
                handle.createUpdate("DELETE FROM visitors WHERE workspace_id = :workspaceId AND id = :id")
                        .bind("workspaceId", visitor.workspaceId())
                        .bind("id", visitor.id())
                        .execute();
            }
            return doomed.size();
        }));
    }

    private record VisitorKey(String workspaceId, String id) {}
}
