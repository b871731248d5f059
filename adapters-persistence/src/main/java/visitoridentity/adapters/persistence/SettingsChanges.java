package visitoridentity.adapters.persistence;

import visitoridentity.domain.id.WorkspaceId;

/**
 * Makes every instance forget a workspace's settings and keys that a write is changing: this one
 * at once and again when the transaction ends (so nothing read meanwhile, committed or not,
 * outlives the write), the others through PostgreSQL's {@code NOTIFY}, which the database delivers
 * only when the transaction commits ({@link SettingsListener}). On H2 there are no other instances.
 */
final class SettingsChanges {
    static final String CHANNEL = "visitor_identity_settings";

    private final JdbiTransactions transactions;
    private final SettingsCache cache;
    private final boolean notifyOthers;

    SettingsChanges(JdbiTransactions transactions, SettingsCache cache, boolean notifyOthers) {
        this.transactions = transactions;
        this.cache = cache;
        this.notifyOthers = notifyOthers;
    }

    /** Called in the transaction of a write to the workspace's settings, origins or keys. */
    void changing(WorkspaceId workspaceId) {
        cache.forget(workspaceId);
        transactions.afterTransaction(() -> cache.forget(workspaceId));
        if (notifyOthers) {
            transactions.useHandle(handle -> handle.createQuery("SELECT pg_notify(:channel, :workspaceId)")
                    .bind("channel", CHANNEL)
                    .bind("workspaceId", workspaceId.value())
                    .mapTo(String.class)
                    .list());
        }
    }
}
