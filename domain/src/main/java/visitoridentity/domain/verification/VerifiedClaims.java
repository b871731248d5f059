package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.ClaimTrust;

/** The trust each claim of one call earned; empty where the call did not claim it. */
public record VerifiedClaims(
        Optional<ClaimTrust> externalId,
        Optional<ClaimTrust> email,
        Optional<ClaimTrust> phone,
        boolean anonymousIdVerified) {}
