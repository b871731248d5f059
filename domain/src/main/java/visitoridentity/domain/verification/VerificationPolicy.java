package visitoridentity.domain.verification;

import visitoridentity.domain.signature.SigningKeyRing;

/** A workspace's verification mode and the keys it verifies with. */
public record VerificationPolicy(VerificationMode mode, SigningKeyRing keys) {}
