package visitoridentity.domain.verification;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.error.VisitorIdentityException;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.SignatureCheck;
import visitoridentity.domain.signature.SignedPayload;

/** Checks the signatures of one call (OPTIONAL or REQUIRED) and says what each outcome is worth. */
final class Verifier {
    private final VerificationPolicy policy;
    private final Instant now;

    Verifier(VerificationPolicy policy, Instant now) {
        this.policy = policy;
        this.now = now;
    }

    SignatureCheck check(Optional<String> signature, SignedPayload payload) {
        return HmacSha256.check(policy.keys(), now, signature, payload);
    }

    boolean isRequired() {
        return policy.mode() == VerificationMode.REQUIRED;
    }

    /**
     * VERIFIED when the signature verifies, otherwise UNVERIFIED; but under REQUIRED a signature
     * that was sent and fails, or a missing one the claim needs, refuses the call.
     */
    ClaimTrust trustOf(String claim, Optional<String> signature, SignedPayload payload, boolean signatureNeeded) {
        SignatureCheck check = check(signature, payload);
        if (check == SignatureCheck.VERIFIED) {
            return ClaimTrust.VERIFIED;
        }
        if (isRequired() && (signatureNeeded || check != SignatureCheck.MISSING)) {
            throw refusal(claim, check);
        }
        return ClaimTrust.UNVERIFIED;
    }

    private static VisitorIdentityException refusal(String claim, SignatureCheck check) {
        return switch (check) {
            case MISSING -> new SignatureRequiredException(claim);
            case MALFORMED -> new SignatureMalformedException(claim);
            case INVALID -> new SignatureInvalidException(claim);
            case VERIFIED -> throw new IllegalArgumentException("a verified signature refuses nothing");
        };
    }

    static VisitorIdentityException refusal(String claim, SignatureCheck check, String message) {
        return switch (check) {
            case MISSING -> new SignatureRequiredException(claim, message);
            case MALFORMED -> new SignatureMalformedException(claim, message);
            case INVALID -> new SignatureInvalidException(claim, message);
            case VERIFIED -> throw new IllegalArgumentException("a verified signature refuses nothing");
        };
    }
}
