package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.SignedPayload;
import visitoridentity.domain.signature.SigningKey;

/**
 * Checks one hex HMAC-SHA256 signature of one claim over its normal form. A signature that holds only
 * over the form the caller sent (white space, NFD, another case) proves nothing and says so.
 */
final class HmacClaimCheck {
    static final String NOT_NORMALIZED = "not-normalized";
    static final String HMAC_REFUSED = "hmac-refused";
    static final String PUBLIC_KEYS_ONLY =
            "this workspace takes only identity tokens signed with its registered public keys: send an"
                    + " identityToken signed by your backend's private key instead of an HMAC";

    private HmacClaimCheck() {}

    /**
     * @param normal the payload over the claim's normal form: the only one that proves it
     * @param asSent the payload over the form sent, when that differs: it only explains a failure
     */
    static Check check(
            String claim,
            String scheme,
            Optional<String> signatureHex,
            SignedPayload normal,
            Optional<SignedPayload> asSent,
            ProofContext context) {
        if (signatureHex.isEmpty()) {
            return Check.MISSING;
        }
        if (!context.acceptsHmac()) {
            return new Check.Failed(HMAC_REFUSED, new SignatureInvalidException(claim, PUBLIC_KEYS_ONLY));
        }
        byte[] expected = HmacSha256.decode(signatureHex.get());
        if (expected == null) {
            return new Check.Failed("malformed", new SignatureMalformedException(claim));
        }
        Optional<SigningKey> signer = HmacSha256.signer(context.keys(), context.now(), expected, normal);
        if (signer.isPresent()) {
            return new Check.Proven(
                    new Provenance(scheme, Optional.of(signer.get().kid()), context.now()));
        }
        boolean overAnotherForm = asSent.flatMap(
                        payload -> HmacSha256.signer(context.keys(), context.now(), expected, payload))
                .isPresent();
        if (overAnotherForm) {
            return new Check.Failed(
                    NOT_NORMALIZED,
                    new SignatureInvalidException(
                            claim,
                            "the signature of " + claim + " covers the value as sent, not its normal form: sign"
                                    + " the normalized value (trimmed and NFC-normalized; an email also"
                                    + " lower-cased)"));
        }
        return new Check.Failed("mismatch", new SignatureInvalidException(claim));
    }
}
