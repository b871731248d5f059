package visitoridentity.domain.claim;

import visitoridentity.domain.error.InvalidFieldException;

/** Rules shared by every free-text claim and profile field. */
final class ClaimText {
    private ClaimText() {}

    /** PostgreSQL cannot store U+0000 in text, so no stored text may carry it. */
    static void requireNoNul(String field, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException(field, "must not contain the character U+0000");
        }
    }

    static String requireShortText(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank (send null to clear it)");
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > 255) {
            throw new InvalidFieldException(field, "must be at most 255 characters");
        }
        requireNoNul(field, value);
        return value;
    }
}
