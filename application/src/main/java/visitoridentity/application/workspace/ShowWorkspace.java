package visitoridentity.application.workspace;

import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** See {@link ShowWorkspaceUseCase}. */
public final class ShowWorkspace implements ShowWorkspaceUseCase {
    private final WorkspaceRepository workspaces;

    public ShowWorkspace(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Workspace show(WorkspaceId id) {
        return Workspaces.existing(workspaces, id);
    }
}
