package visitoridentity.domain.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs and verifies payloads with HMAC-SHA256 (lower-case hex out, either case in, constant-time compare). */
public final class HmacSha256 {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] NIBBLES = nibbles();

    private HmacSha256() {}

    public static String sign(SigningKey key, SignedPayload payload) {
        return HEX.formatHex(key.secret().mac().doFinal(payload.message()));
    }

    /**
     * Tries every key that verifies at {@code now} against every accepted form of the payload. All
     * of them are computed and compared even after a match, so the time taken does not say which
     * key or which form matched.
     */
    public static SignatureCheck check(
            SigningKeyRing keys, Instant now, Optional<String> signatureHex, SignedPayload payload) {
        if (signatureHex.isEmpty()) {
            return SignatureCheck.MISSING;
        }
        byte[] expected = decode(signatureHex.get());
        if (expected == null) {
            return SignatureCheck.MALFORMED;
        }
        return signer(keys, now, expected, payload).isPresent() ? SignatureCheck.VERIFIED : SignatureCheck.INVALID;
    }

    /**
     * The key whose HMAC of one accepted form of {@code payload} is {@code expected}, if any; every key
     * and form is computed and compared (constant time in which one matched).
     */
    public static Optional<SigningKey> signer(
            SigningKeyRing keys, Instant now, byte[] expected, SignedPayload payload) {
        List<byte[]> messages = payload.acceptedMessages();
        SigningKey signer = null;
        for (SigningKey key : keys.verifyingAt(now)) {
            Mac mac = key.secret().mac();
            boolean matched = false;
            for (byte[] message : messages) {
                matched |= MessageDigest.isEqual(mac.doFinal(message), expected);
            }
            if (matched && signer == null) {
                signer = key;
            }
        }
        return Optional.ofNullable(signer);
    }

    /** A new Mac keyed with the UTF-8 bytes of {@code secret}. */
    static Mac newMac(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
        }
    }

    /**
     * The 32 bytes that 64 hex digits (either case) spell, or null when the text is anything else.
     * Written out because {@code HexFormat.parseHex} alone took over a tenth of a verification.
     */
    public static byte[] decode(String hex) {
        if (hex.length() != 2 * SIGNATURE_BYTES) {
            return null;
        }
        byte[] bytes = new byte[SIGNATURE_BYTES];
        for (int i = 0; i < SIGNATURE_BYTES; i++) {
            int high = nibble(hex.charAt(2 * i));
            int low = nibble(hex.charAt(2 * i + 1));
            if ((high | low) < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int nibble(char c) {
        return c < NIBBLES.length ? NIBBLES[c] : -1;
    }

    private static byte[] nibbles() {
        byte[] nibbles = new byte['f' + 1];
        Arrays.fill(nibbles, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            nibbles[c] = (byte) (c - '0');
        }
        for (char c = 'a'; c <= 'f'; c++) {
            nibbles[c] = (byte) (c - 'a' + 10);
            nibbles[Character.toUpperCase(c)] = (byte) (c - 'a' + 10);
        }
        return nibbles;
    }
}
