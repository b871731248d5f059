package visitoridentity.domain.verification;

import java.time.Instant;
import visitoridentity.domain.id.AnonymousId;

/**
 * Decides the trust of each claim of one identify call under a verification policy, or refuses
 * the call (SignatureRequired/Invalid/MalformedException) when the REQUIRED rules say so.
 */
public final class IdentityVerification {
    private IdentityVerification() {}

    public static VerifiedClaims verify(
            VerificationPolicy policy,
            Instant now,
            AnonymousId anonymousId,
            ClaimsAsSent claims,
            SignatureEvidence evidence) {
        throw new UnsupportedOperationException("not implemented");
    }
}
