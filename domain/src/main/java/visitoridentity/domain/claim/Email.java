package visitoridentity.domain.claim;

import java.util.Locale;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * An email address in its normal form: trimmed, lower-cased, at most 254 characters, exactly one
 * {@code @} with a non-empty local part and a domain that holds a dot, no white space. Non-ASCII
 * is allowed (RFC 6531 internationalized addresses).
 */
public record Email(String value) implements ClaimValue {
    public static final int MAX_CHARACTERS = 254;

    public Email {
        if (value == null) {
            throw new InvalidFieldException("email", "must not be blank");
        }
        if (!value.equals(normalize(value))) {
            throw new InvalidFieldException("email", "must be trimmed and lower-case; use Email.of");
        }
        requireForm(value);
    }

    public static Email of(String raw) {
        if (raw == null) {
            throw new InvalidFieldException("email", "must not be blank");
        }
        return new Email(normalize(raw));
    }

    private static String normalize(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** White space as {@link String#strip} sees it, and no-break spaces, which it keeps. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void requireForm(String value) {
        if (value.isEmpty()) {
            throw new InvalidFieldException("email", "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_CHARACTERS) {
            throw new InvalidFieldException("email", "must be at most 254 characters");
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            throw new InvalidFieldException("email", "must have exactly one '@' after a non-empty local part");
        }
        String domain = value.substring(at + 1);
        int dot = domain.indexOf('.');
        if (dot <= 0 || domain.endsWith(".") || domain.contains("..")) {
            throw new InvalidFieldException("email", "must have a domain with a dot, such as example.com");
        }
        if (value.codePoints().anyMatch(c -> isSpace(c) || Character.isISOControl(c))) {
            throw new InvalidFieldException("email", "must not contain white space or control characters");
        }
    }
}
