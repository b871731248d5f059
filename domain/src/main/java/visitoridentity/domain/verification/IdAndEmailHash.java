package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.signature.CanonicalIdEmailJson;
import visitoridentity.domain.verification.SignatureEvidence.IdAndEmail;

/**
 * One CanonicalIdEmailJson hash over the external id and the email sent with it (Rep.ai). It
 * vouches for both or for neither, never for the phone. A call that claims no external id has
 * nothing for the hash to sign, so the hash is ignored, even under REQUIRED.
 */
final class IdAndEmailHash {
    private IdAndEmailHash() {}

    static VerifiedClaims verify(Verifier verifier, ClaimsAsSent claims, IdAndEmail evidence) {
        if (claims.externalId().isEmpty()) {
            return VerifiedClaims.all(claims, ClaimTrust.UNVERIFIED, false);
        }
        CanonicalIdEmailJson payload = new CanonicalIdEmailJson(
                claims.externalId().get(),
                claims.email(),
                claims.email().map(sent -> Email.of(sent).value()));
        ClaimTrust trust = verifier.trustOf("externalId", evidence.hash(), payload, true);
        return new VerifiedClaims(
                Optional.of(trust),
                claims.email().map(email -> trust),
                claims.phone().map(phone -> ClaimTrust.UNVERIFIED),
                false);
    }
}
