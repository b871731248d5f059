package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.verification.SignatureEvidence.PerClaim;

/**
 * One PlainValue signature per claim, each judged alone; only the external id needs one. A
 * signature sent for a claim the call did not make signs nothing and is ignored.
 */
final class PerClaimSignatures {
    private PerClaimSignatures() {}

    static VerifiedClaims verify(Verifier verifier, ClaimsAsSent claims, PerClaim signatures) {
        return new VerifiedClaims(
                claims.externalId()
                        .map(id -> verifier.trustOf("externalId", signatures.externalId(), PlainValue.of(id), true)),
                claims.email().map(email -> verifier.trustOf("email", signatures.email(), emailValue(email), false)),
                claims.phone().map(phone -> verifier.trustOf("phone", signatures.phone(), PlainValue.of(phone), false)),
                false);
    }

    /** The email as sent, or its normal form. */
    private static PlainValue emailValue(String sent) {
        return new PlainValue(sent, Optional.of(Email.of(sent).value()));
    }
}
