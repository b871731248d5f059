package visitoridentity.domain.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * The SHA-256 of a bearer secret (visitor token, admin key), the only form in which such a secret is
 * stored. The secrets are 256 random bits, so a fast unsalted hash is enough to make a leaked table useless.
 */
public record SecretHash(String hex) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        if (hex == null || !FORM.matcher(hex).matches()) {
            throw new InvalidFieldException("secretHash", "must be 64 lower-case hexadecimal characters");
        }
    }

    public static SecretHash of(String secret) {
        return new SecretHash(HexFormat.of().formatHex(sha256(secret)));
    }

    /** Constant-time comparison of the candidate's hash with this one. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(hex), sha256(candidate));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretHash[" + hex.substring(0, 8) + "…]";
    }
}
