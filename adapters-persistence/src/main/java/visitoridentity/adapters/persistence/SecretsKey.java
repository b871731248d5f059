package visitoridentity.adapters.persistence;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals every signing secret in the database: 32 bytes, given in base64. It
 * never appears in {@code toString}, and the base64 text is never echoed in an error.
 */
public final class SecretsKey {
    public static final int LENGTH_BYTES = 32;

    private final SecretKey key;

    private SecretsKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The key of exactly 32 bytes. */
    public static SecretsKey of(byte[] bytes) {
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("a secrets key is " + LENGTH_BYTES + " bytes, not " + bytes.length);
        }
        return new SecretsKey(Arrays.copyOf(bytes, LENGTH_BYTES));
    }

    /** The key from its base64 form (standard or URL-safe alphabet, padding optional). */
    public static SecretsKey fromBase64(String text) {
        String compact = text.strip();
        byte[] bytes;
        try {
            bytes = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact)
                    : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a secrets key is base64 text (of 32 bytes)");
        }
        return of(bytes);
    }

    /** This key in standard base64, to be written into a key file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    SecretKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "SecretsKey[redacted]";
    }
}
