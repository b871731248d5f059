package visitoridentity.domain.signature;

import java.util.HexFormat;

/**
 * The two ways signers write a JSON string. Both escape {@code "}, {@code \} and control characters
 * alike ({@code \b \f \n \r \t} short, the others as {@code \}{@code u00XX}); they differ on the
 * rest.
 */
enum JsonEscaping {
    /** JavaScript's {@code JSON.stringify}: everything else raw, except lone surrogates. */
    RAW_UTF8 {
        @Override
        boolean needsUnicodeEscape(String text, int index) {
            char c = text.charAt(index);
            return c < 0x20 || isLoneSurrogate(text, index);
        }
    },
    /** Python's {@code json.dumps}: every character outside printable ASCII, by UTF-16 unit. */
    ASCII {
        @Override
        boolean needsUnicodeEscape(String text, int index) {
            char c = text.charAt(index);
            return c < 0x20 || c > 0x7e;
        }
    };

    private static final HexFormat HEX = HexFormat.of();

    abstract boolean needsUnicodeEscape(String text, int index);

    /** {@code text} as a JSON string literal, quotes included. */
    String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(out, text, i);
        }
        return out.append('"').toString();
    }

    private void appendEscaped(StringBuilder out, String text, int index) {
        char c = text.charAt(index);
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (needsUnicodeEscape(text, index)) {
                    out.append("\\u").append(HEX.toHexDigits(c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean isLoneSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }
}
