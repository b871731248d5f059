package visitoridentity.domain.signature;

import visitoridentity.domain.error.InvalidFieldException;

/** A workspace's HMAC secret; the HMAC key is the UTF-8 bytes of this string. Never printed by toString. */
public record SigningSecret(String value) {
    public SigningSecret {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("signingSecret", "must not be blank");
        }
    }

    @Override
    public String toString() {
        return "SigningSecret[redacted]";
    }
}
