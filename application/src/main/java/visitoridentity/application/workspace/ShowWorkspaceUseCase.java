package visitoridentity.application.workspace;

import java.util.List;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** A workspace's settings (never its secrets). */
public interface ShowWorkspaceUseCase {
    Workspace show(WorkspaceId id);

    /** The signing keys that verify now: the active one first (no validUntil), then those in their grace. */
    List<SigningKeyView> signingKeys(WorkspaceId id);
}
