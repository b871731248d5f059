package visitoridentity.adapters.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.workspace.Workspace;

/**
 * The workspaces (settings and allowed origins) and key rings this instance read lately, by
 * workspace. An entry lives at most {@link #TIME_TO_LIVE} (by default): the bound on how long a change made
 * elsewhere can go unseen when its notification was lost. Only what exists is kept, so unknown ids
 * sent by anyone cannot fill it, and it holds at most {@link #MAX_WORKSPACES} workspaces.
 */
final class SettingsCache {
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(2);
    static final long MAX_WORKSPACES = 10_000;

    private final Cache<WorkspaceId, Workspace> workspaces;
    private final Cache<WorkspaceId, SigningKeyRing> keyRings;

    SettingsCache(Duration timeToLive) {
        this.workspaces = newCache(timeToLive);
        this.keyRings = newCache(timeToLive);
    }

    /** Counts what was forgotten, so a load that raced with a change does not keep what it read before it. */
    private final AtomicLong changes = new AtomicLong();

    Optional<Workspace> workspace(WorkspaceId id, Function<WorkspaceId, Optional<Workspace>> load) {
        return cached(workspaces, id, load);
    }

    Optional<SigningKeyRing> keyRing(WorkspaceId id, Function<WorkspaceId, Optional<SigningKeyRing>> load) {
        return cached(keyRings, id, load);
    }

    /**
     * The entry, or what {@code load} reads when there is none. The load runs outside any lock of
     * the cache: it needs a pooled connection, and callers holding connections must never wait for
     * a load that waits for one of theirs. Two callers may load the same entry at once; either result
     * is kept, unless a change was announced meanwhile.
     */
    private <V> Optional<V> cached(
            Cache<WorkspaceId, V> cache, WorkspaceId id, Function<WorkspaceId, Optional<V>> load) {
        V present = cache.getIfPresent(id);
        if (present != null) {
            return Optional.of(present);
        }
        long before = changes.get();
        Optional<V> loaded = load.apply(id);
        if (loaded.isPresent() && changes.get() == before) {
            cache.put(id, loaded.get());
            if (changes.get() != before) {
                cache.invalidate(id);
            }
        }
        return loaded;
    }

    void forget(WorkspaceId id) {
        changes.incrementAndGet();
        workspaces.invalidate(id);
        keyRings.invalidate(id);
    }

    void forgetAll() {
        changes.incrementAndGet();
        workspaces.invalidateAll();
        keyRings.invalidateAll();
    }

    private static <V> Cache<WorkspaceId, V> newCache(Duration timeToLive) {
        return Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(MAX_WORKSPACES)
                .build();
    }
}
