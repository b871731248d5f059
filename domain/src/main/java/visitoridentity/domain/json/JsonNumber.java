package visitoridentity.domain.json;

import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A JSON number kept as the text it came as ({@code 1.50} stays {@code 1.50}, {@code 1e3} stays
 * {@code 1e3}), so that its compact size is what the caller sent. NaN and Infinity are not JSON.
 */
public record JsonNumber(String text) implements JsonValue {
    private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    public JsonNumber {
        if (text == null || !GRAMMAR.matcher(text).matches()) {
            throw new InvalidFieldException("metadata", "numbers must be finite JSON numbers");
        }
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }
}
