package visitoridentity.domain.verification;

import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.signature.AnonymousIdValue;
import visitoridentity.domain.signature.SignatureCheck;
import visitoridentity.domain.verification.SignatureEvidence.OverAnonymousId;

/**
 * One AnonymousIdValue hmac that vouches for every claim of the call (chat SDK). Under REQUIRED
 * the call is refused, with the SDK's own message, when it claims anything, when the hmac is
 * required on every call, or when an hmac was sent at all, unless the hmac verifies.
 */
final class AnonymousIdHmac {
    private static final String REFUSAL_MESSAGE = "HMAC verification failed";

    private AnonymousIdHmac() {}

    static VerifiedClaims verify(
            Verifier verifier, AnonymousId anonymousId, ClaimsAsSent claims, OverAnonymousId evidence) {
        SignatureCheck check = verifier.check(evidence.hmac(), new AnonymousIdValue(anonymousId));
        boolean verified = check == SignatureCheck.VERIFIED;
        if (!verified && verifier.isRequired() && mustBeSigned(claims, evidence, check)) {
            throw Verifier.refusal("anonymousId", check, REFUSAL_MESSAGE);
        }
        return VerifiedClaims.all(claims, verified ? ClaimTrust.VERIFIED : ClaimTrust.UNVERIFIED, verified);
    }

    private static boolean mustBeSigned(ClaimsAsSent claims, OverAnonymousId evidence, SignatureCheck check) {
        return !claims.isEmpty() || evidence.requiredOnEveryCall() || check != SignatureCheck.MISSING;
    }
}
