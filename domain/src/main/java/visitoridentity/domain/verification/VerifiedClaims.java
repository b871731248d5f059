package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.ClaimTrust;

/** The trust each claim of one call earned; empty where the call did not claim it. */
public record VerifiedClaims(
        Optional<ClaimTrust> externalId,
        Optional<ClaimTrust> email,
        Optional<ClaimTrust> phone,
        boolean anonymousIdVerified) {
    public VerifiedClaims {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    /** Every claim the call sent earns {@code trust}. */
    static VerifiedClaims all(ClaimsAsSent claims, ClaimTrust trust, boolean anonymousIdVerified) {
        return new VerifiedClaims(
                claims.externalId().map(claim -> trust),
                claims.email().map(claim -> trust),
                claims.phone().map(claim -> trust),
                anonymousIdVerified);
    }
}
