package visitoridentity.domain.signature;

import java.time.Instant;
import java.util.Optional;

/** Signs and verifies payloads with HMAC-SHA256 (lower-case hex out, either case in, constant-time compare). */
public final class HmacSha256 {
    private HmacSha256() {}

    public static String sign(SigningKey key, SignedPayload payload) {
        throw new UnsupportedOperationException("not implemented");
    }

    public static SignatureCheck check(
            SigningKeyRing keys, Instant now, Optional<String> signatureHex, SignedPayload payload) {
        throw new UnsupportedOperationException("not implemented");
    }
}
