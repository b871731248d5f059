package visitoridentity.domain.json;

import java.util.Objects;

/**
 * The one serializer that defines metadata sizes: no white space; non-ASCII written raw; only
 * {@code "}, {@code \} and control characters (U+0000 to U+001F) escaped, a control character as
 * {@code \b \f \n \r \t} where such a short escape exists and otherwise as a {@code u} escape
 * with four lowercase hexadecimal digits; numbers written as they came; object members in insertion
 * order. {@link CompactSize} gives the size of this text without building it.
 */
public final class CompactJson {
    private CompactJson() {}

    public static String write(JsonValue value) {
        CompactText text = new CompactText();
        CompactForm.emit(value, text);
        return text.toString();
    }

    /**
     * Strict parse of a JSON text (used to read stored metadata back): RFC 8259 exactly (white
     * space allowed between tokens, nothing after the value, no NaN or Infinity), numbers kept as
     * written, members in the order they came. Also refused: a duplicate key in one object, U+0000
     * (raw or escaped) anywhere, an unpaired surrogate, and objects and arrays nested more than 64
     * deep.
     *
     * @throws visitoridentity.domain.error.InvalidFieldException on field {@code metadata}
     */
    public static JsonValue parse(String text) {
        return JsonParser.parse(Objects.requireNonNull(text));
    }
}
