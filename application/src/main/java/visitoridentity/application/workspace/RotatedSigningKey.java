package visitoridentity.application.workspace;

import java.time.Instant;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/**
 * The new signing secret, shown this once, when the key it replaced stops verifying, and the ring
 * after the rotation (the new key's kid, and every previous key that still verifies).
 */
public record RotatedSigningKey(SigningSecret signingSecret, Instant previousKeyValidUntil, SigningKeyRing keys) {
    @Override
    public String toString() {
        return "RotatedSigningKey[kid=" + keys.active().kid() + ", signingSecret=redacted]";
    }
}
