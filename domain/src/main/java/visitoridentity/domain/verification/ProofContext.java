package visitoridentity.domain.verification;

import java.time.Instant;
import java.util.Objects;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/** What a proof is checked against: the workspace, its signing keys, the time, and the calling device. */
public record ProofContext(WorkspaceId workspaceId, SigningKeyRing keys, Instant now, AnonymousId device) {
    public ProofContext {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(device, "device");
    }
}
