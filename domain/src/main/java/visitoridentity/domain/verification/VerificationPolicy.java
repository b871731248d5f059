package visitoridentity.domain.verification;

import java.util.Objects;
import visitoridentity.domain.signature.SigningKeyRing;

/** A workspace's verification mode and the keys it verifies with. */
public record VerificationPolicy(VerificationMode mode, SigningKeyRing keys) {
    public VerificationPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(keys, "keys");
    }
}
