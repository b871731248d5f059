package visitoridentity.application.workspace;

import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** A workspace's settings (never its secrets). */
public interface ShowWorkspaceUseCase {
    Workspace show(WorkspaceId id);
}
