package visitoridentity.application.sign;

import java.time.Instant;
import java.util.Objects;

/** A compact HS256 JWS and when it expires. The token is a credential: never logged. */
public record MintedIdentityToken(String identityToken, Instant expiresAt) {
    public MintedIdentityToken {
        Objects.requireNonNull(identityToken, "identityToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "MintedIdentityToken[identityToken=redacted, expiresAt=" + expiresAt + "]";
    }
}
