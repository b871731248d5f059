package visitoridentity.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

public final class InMemoryWorkspaces implements WorkspaceRepository {
    final InMemoryTable<WorkspaceId, Workspace> table = new InMemoryTable<>();

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        return table.get(id);
    }

    @Override
    public List<Workspace> findAll() {
        return table.values()
                .sorted(Comparator.comparing(workspace -> workspace.id().value()))
                .toList();
    }

    @Override
    public void insert(Workspace workspace) {
        table.put(workspace.id(), workspace);
    }

    @Override
    public void update(Workspace workspace) {
        table.put(workspace.id(), workspace);
    }
}
