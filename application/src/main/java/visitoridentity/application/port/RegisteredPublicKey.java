package visitoridentity.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A public key a workspace registered to verify the identity tokens its backend signs with the
 * matching private key: its {@code kid} (named in a token's header) and the key as a JSON Web Key,
 * kept as the JSON text it was registered with. Only public material: it cannot mint anything.
 */
public record RegisteredPublicKey(String kid, String jwk, Instant createdAt) {
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final int MAX_JWK_CHARACTERS = 8192;

    public RegisteredPublicKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!KID.matcher(kid).matches()) {
            throw new InvalidFieldException("kid", "must be 1 to 64 of A-Z, a-z, 0-9, '.', '_' and '-'");
        }
        if (jwk.length() > MAX_JWK_CHARACTERS) {
            throw new InvalidFieldException("jwk", "must be at most 8192 characters of JSON");
        }
    }
}
