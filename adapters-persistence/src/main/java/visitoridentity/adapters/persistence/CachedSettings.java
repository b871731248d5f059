package visitoridentity.adapters.persistence;

import java.time.Duration;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.WorkspaceRepository;

/**
 * The workspace and signing-key ports of a {@link JdbiPersistence}, read from an in-process cache
 * ({@link SettingsCache}): a visitor's identify then reads neither. Every write through them makes
 * every instance forget what it changed: this one at once, the others on PostgreSQL through {@code
 * LISTEN/NOTIFY} ({@link SettingsListener}), within the cache's two-second time to live when a
 * notification is lost. The persistence closes it (stops the listener) when it closes.
 */
public final class CachedSettings implements AutoCloseable {
    private final WorkspaceRepository workspaces;
    private final SigningKeyRepository signingKeys;
    private final AutoCloseable listener;

    private CachedSettings(WorkspaceRepository workspaces, SigningKeyRepository signingKeys, AutoCloseable listener) {
        this.workspaces = workspaces;
        this.signingKeys = signingKeys;
        this.listener = listener;
    }

    /** The cached ports over the persistence's own; on PostgreSQL, starts listening for changes. */
    public static CachedSettings over(JdbiPersistence persistence) {
        return over(persistence, SettingsCache.TIME_TO_LIVE);
    }

    /** As {@link #over(JdbiPersistence)}, each entry kept at most {@code timeToLive} (tests lengthen it). */
    static CachedSettings over(JdbiPersistence persistence, Duration timeToLive) {
        SettingsCache cache = new SettingsCache(timeToLive);
        boolean postgres = persistence.database() == Database.POSTGRESQL;
        SettingsChanges changes = new SettingsChanges(persistence.jdbiTransactions(), cache, postgres);
        AutoCloseable listener = postgres ? SettingsListener.start(persistence.dataSource(), cache) : () -> {};
        CachedSettings settings = new CachedSettings(
                new CachedWorkspaceRepository(persistence.workspaces(), cache, changes),
                new CachedSigningKeyRepository(persistence.signingKeys(), cache, changes),
                listener);
        persistence.closeFirst(settings);
        return settings;
    }

    public WorkspaceRepository workspaces() {
        return workspaces;
    }

    public SigningKeyRepository signingKeys() {
        return signingKeys;
    }

    /** Stops listening for other instances' changes. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop listening for settings changes", e);
        }
    }
}
