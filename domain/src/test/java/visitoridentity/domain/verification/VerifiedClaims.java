package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;

/** What the verification tests look at: the trust each claim earned, and whether a device proof held. */
record VerifiedClaims(
        Optional<ClaimTrust> externalId,
        Optional<ClaimTrust> email,
        Optional<ClaimTrust> phone,
        boolean anonymousIdVerified) {
    static VerifiedClaims of(Judgement judgement) {
        SentClaims claims = judgement.claims();
        return new VerifiedClaims(
                claims.externalId().map(Claim::trust),
                claims.email().map(Claim::trust),
                claims.phone().map(Claim::trust),
                judgement.deviceProven());
    }
}
