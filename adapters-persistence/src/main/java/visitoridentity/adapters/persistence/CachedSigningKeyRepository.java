package visitoridentity.adapters.persistence;

import java.util.Optional;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/** Key rings read through {@link SettingsCache}; every write goes to the database and is announced. */
final class CachedSigningKeyRepository implements SigningKeyRepository {
    private final SigningKeyRepository stored;
    private final SettingsCache cache;
    private final SettingsChanges changes;

    CachedSigningKeyRepository(SigningKeyRepository stored, SettingsCache cache, SettingsChanges changes) {
        this.stored = stored;
        this.cache = cache;
        this.changes = changes;
    }

    @Override
    public Optional<SigningKeyRing> findByWorkspace(WorkspaceId workspaceId) {
        return cache.keyRing(workspaceId, stored::findByWorkspace);
    }

    @Override
    public void save(WorkspaceId workspaceId, SigningKeyRing keys) {
        stored.save(workspaceId, keys);
        changes.changing(workspaceId);
    }
}
