package visitoridentity.domain.claim;

import java.text.Normalizer;
import visitoridentity.domain.error.InvalidFieldException;

/** The host site's own user id: trimmed, NFC-normalized, 1 to 255 characters (code points). */
public record ExternalId(String value) implements ClaimValue {
    public static final int MAX_CHARACTERS = 255;

    public ExternalId {
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException("externalId", "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_CHARACTERS) {
            throw new InvalidFieldException("externalId", "must be at most 255 characters");
        }
        if (!value.equals(normalize(value))) {
            throw new InvalidFieldException("externalId", "must be trimmed and NFC-normalized; use ExternalId.of");
        }
        ClaimText.requireNoNul("externalId", value);
    }

    /** Trims and NFC-normalizes what a caller sent, then validates it. */
    public static ExternalId of(String raw) {
        if (raw == null) {
            throw new InvalidFieldException("externalId", "must not be blank");
        }
        return new ExternalId(normalize(raw));
    }

    private static String normalize(String raw) {
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }
}
