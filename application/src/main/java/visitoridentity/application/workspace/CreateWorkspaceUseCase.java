package visitoridentity.application.workspace;

import visitoridentity.domain.workspace.WorkspaceSettings;

/** Creates a workspace with a fresh signing secret and admin key, returned this once only. */
public interface CreateWorkspaceUseCase {
    CreatedWorkspace create(WorkspaceSettings settings);
}
