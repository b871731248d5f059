package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.signature.AnonymousIdValue;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.SigningKey;

/**
 * One AnonymousIdValue HMAC of the calling device's anonymous id (the chat SDK's scheme). It proves
 * the device, not the claims the call carries: those stay unverified whatever the hmac. A REQUIRED
 * workspace refuses every call, unsigned ones too, whose hmac does not hold, with the SDK's words.
 */
public record DeviceSignature(Optional<String> hmac) implements Proof {
    public static final String SCHEME = "anonymous-id-value";
    private static final String REFUSAL_MESSAGE = "HMAC verification failed";
    private static final String CLAIM = "anonymousId";

    public DeviceSignature {
        Objects.requireNonNull(hmac, "hmac");
    }

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        return ProofChecks.ofDevice(checkDevice(context));
    }

    private Check checkDevice(ProofContext context) {
        if (hmac.isEmpty()) {
            return new Check.Failed("missing", new SignatureRequiredException(CLAIM, REFUSAL_MESSAGE));
        }
        if (!context.acceptsHmac()) {
            return new Check.Failed(
                    HmacClaimCheck.HMAC_REFUSED, new SignatureInvalidException(CLAIM, HmacClaimCheck.PUBLIC_KEYS_ONLY));
        }
        byte[] expected = HmacSha256.decode(hmac.get());
        if (expected == null) {
            return new Check.Failed("malformed", new SignatureMalformedException(CLAIM, REFUSAL_MESSAGE));
        }
        Optional<SigningKey> signer =
                HmacSha256.signer(context.keys(), context.now(), expected, new AnonymousIdValue(context.device()));
        return signer.<Check>map(key -> new Check.Proven(new Provenance(SCHEME, Optional.of(key.kid()), context.now())))
                .orElseGet(() -> new Check.Failed("mismatch", new SignatureInvalidException(CLAIM, REFUSAL_MESSAGE)));
    }
}
