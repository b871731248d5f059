package visitoridentity.domain.json;

import visitoridentity.domain.error.InvalidFieldException;

/**
 * The rule every string and key of the model obeys: it can be written as UTF-8 and stored by
 * PostgreSQL. So no U+0000, and no unpaired surrogate (it has no UTF-8 form).
 */
final class StorableText {
    private StorableText() {}

    /** {@code what} names the text in the rule, e.g. {@code strings} or {@code keys}. */
    static void require(String text, String what) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new InvalidFieldException("metadata", what + " must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidFieldException("metadata", what + " must not contain an unpaired surrogate");
            } else {
                i++;
            }
        }
    }
}
