package visitoridentity.application.workspace;

import visitoridentity.domain.workspace.Workspace;

/** Changes the given settings and keeps the others; lowering the metadata limit rewrites nothing stored. */
public interface ChangeWorkspaceSettingsUseCase {
    Workspace change(ChangeWorkspaceSettingsCommand command);
}
