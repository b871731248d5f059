package visitoridentity.application.workspace;

import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** Loads a workspace or reports it unknown. */
final class Workspaces {
    private Workspaces() {}

    static Workspace existing(WorkspaceRepository workspaces, WorkspaceId id) {
        return workspaces.findById(id).orElseThrow(() -> new NotFoundException("workspace", id.value()));
    }
}
