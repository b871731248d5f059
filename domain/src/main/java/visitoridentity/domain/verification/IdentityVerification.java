package visitoridentity.domain.verification;

import java.time.Instant;
import java.util.Objects;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.verification.SignatureEvidence.IdAndEmail;
import visitoridentity.domain.verification.SignatureEvidence.OverAnonymousId;
import visitoridentity.domain.verification.SignatureEvidence.PerClaim;

/**
 * Decides the trust of each claim of one identify call under a verification policy, or refuses
 * the call (SignatureRequired/Invalid/MalformedException) when the REQUIRED rules say so.
 *
 * <p>DISABLED trusts every claim as given and looks at no signature. Otherwise a claim is VERIFIED
 * when its signature verifies and UNVERIFIED when not; under REQUIRED an external id without a
 * valid signature, or any signature sent that does not verify, refuses the call instead. The
 * email's normal form ({@link visitoridentity.domain.claim.Email#of}) is accepted as signed too,
 * so an email that has none is refused as an invalid field.
 */
public final class IdentityVerification {
    private IdentityVerification() {}

    public static VerifiedClaims verify(
            VerificationPolicy policy,
            Instant now,
            AnonymousId anonymousId,
            ClaimsAsSent claims,
            SignatureEvidence evidence) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(anonymousId, "anonymousId");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(evidence, "evidence");
        if (policy.mode() == VerificationMode.DISABLED) {
            return VerifiedClaims.all(claims, ClaimTrust.TRUSTED, false);
        }
        Verifier verifier = new Verifier(policy, now);
        if (evidence instanceof PerClaim perClaim) {
            return PerClaimSignatures.verify(verifier, claims, perClaim);
        }
        if (evidence instanceof IdAndEmail idAndEmail) {
            return IdAndEmailHash.verify(verifier, claims, idAndEmail);
        }
        return AnonymousIdHmac.verify(verifier, anonymousId, claims, (OverAnonymousId) evidence);
    }
}
