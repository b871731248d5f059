package visitoridentity.domain.verification;

import java.time.Instant;
import java.util.Objects;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/**
 * What a proof is checked against: the workspace, its signing keys, the time, the calling device,
 * and how the workspace takes identity tokens.
 */
public record ProofContext(
        WorkspaceId workspaceId, SigningKeyRing keys, Instant now, AnonymousId device, TokenPolicy tokenPolicy) {
    public ProofContext {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(tokenPolicy, "tokenPolicy");
    }

    /** A context under the default token policy (HMACs accepted). */
    public ProofContext(WorkspaceId workspaceId, SigningKeyRing keys, Instant now, AnonymousId device) {
        this(workspaceId, keys, now, device, TokenPolicy.DEFAULT);
    }

    /** Whether an HMAC made with the workspace's signing keys may prove anything here. */
    public boolean acceptsHmac() {
        return !tokenPolicy.publicKeysOnly();
    }
}
