package visitoridentity.application.workspace;

import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.workspace.Workspace;

/** A new workspace and the two secrets that are shown this once: its signing secret and its admin key. */
/** {@code signingKeyId} is the kid of the workspace's first signing key. */
public record CreatedWorkspace(Workspace workspace, SigningSecret signingSecret, String signingKeyId, String adminKey) {
    @Override
    public String toString() {
        return "CreatedWorkspace[workspace=" + workspace.id() + ", signingSecret=redacted, adminKey=redacted]";
    }
}
