package visitoridentity.application.workspace;

import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceId;

/** A workspace's settings (never its secrets). */
public interface ShowWorkspaceUseCase {
    Workspace show(WorkspaceId id);
}
