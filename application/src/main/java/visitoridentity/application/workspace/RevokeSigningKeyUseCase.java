package visitoridentity.application.workspace;

import visitoridentity.domain.id.WorkspaceId;

/**
 * Revokes a previous signing key, by its kid, before its grace ends (it leaked, say): it stops
 * verifying at once. The active key is refused ({@code invalid-field} on {@code kid}): a workspace
 * always has one, and a key is retired by rotating (with a grace of 0, every older key at once).
 * Answers the keys that verify afterwards.
 */
public interface RevokeSigningKeyUseCase {
    SigningKeys revoke(WorkspaceId workspaceId, String kid);
}
