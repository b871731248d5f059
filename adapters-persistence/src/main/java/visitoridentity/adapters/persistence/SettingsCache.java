package visitoridentity.adapters.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
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

    Optional<Workspace> workspace(WorkspaceId id, Function<WorkspaceId, Optional<Workspace>> load) {
        return Optional.ofNullable(workspaces.get(id, key -> load.apply(key).orElse(null)));
    }

    Optional<SigningKeyRing> keyRing(WorkspaceId id, Function<WorkspaceId, Optional<SigningKeyRing>> load) {
        return Optional.ofNullable(keyRings.get(id, key -> load.apply(key).orElse(null)));
    }

    void forget(WorkspaceId id) {
        workspaces.invalidate(id);
        keyRings.invalidate(id);
    }

    void forgetAll() {
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
