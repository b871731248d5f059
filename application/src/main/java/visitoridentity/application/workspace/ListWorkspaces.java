package visitoridentity.application.workspace;

import java.util.List;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.workspace.Workspace;

/** See {@link ListWorkspacesUseCase}. */
public final class ListWorkspaces implements ListWorkspacesUseCase {
    private final WorkspaceRepository workspaces;

    public ListWorkspaces(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public List<Workspace> list() {
        return workspaces.findAll();
    }
}
