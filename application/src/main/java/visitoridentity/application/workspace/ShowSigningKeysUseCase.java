package visitoridentity.application.workspace;

import visitoridentity.domain.id.WorkspaceId;

/** The workspace's signing keys that verify now: the active one and each previous one in its grace. */
public interface ShowSigningKeysUseCase {
    SigningKeys show(WorkspaceId workspaceId);
}
