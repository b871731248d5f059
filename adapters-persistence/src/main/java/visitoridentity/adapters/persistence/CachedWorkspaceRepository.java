package visitoridentity.adapters.persistence;

import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** Workspaces read through {@link SettingsCache}; every write goes to the database and is announced. */
final class CachedWorkspaceRepository implements WorkspaceRepository {
    private final WorkspaceRepository stored;
    private final SettingsCache cache;
    private final SettingsChanges changes;

    CachedWorkspaceRepository(WorkspaceRepository stored, SettingsCache cache, SettingsChanges changes) {
        this.stored = stored;
        this.cache = cache;
        this.changes = changes;
    }

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        return cache.workspace(id, stored::findById);
    }

    @Override
    public List<Workspace> findAll() {
        return stored.findAll();
    }

    @Override
    public void insert(Workspace workspace) {
        stored.insert(workspace);
        changes.changing(workspace.id());
    }

    @Override
    public void update(Workspace workspace) {
        stored.update(workspace);
        changes.changing(workspace.id());
    }
}
