package visitoridentity.domain.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A JSON number kept as the text it came as ({@code 1.50} stays {@code 1.50}, {@code 1e3} stays
 * {@code 1e3}), so that its compact size is what the caller sent. NaN and Infinity are not JSON.
 * At most 100 characters with an exponent of at most 1000 either way: every database we store in
 * can hold that (PostgreSQL's {@code jsonb} cannot hold {@code 1e200000}), and no real metadata needs more.
 */
public record JsonNumber(String text) implements JsonValue {
    public static final int MAX_CHARACTERS = 100;
    public static final int MAX_EXPONENT = 1000;
    private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?(?:[eE]([+-]?[0-9]+))?");

    public JsonNumber {
        if (text == null) {
            throw new InvalidFieldException("metadata", "numbers must be finite JSON numbers");
        }
        Matcher number = GRAMMAR.matcher(text);
        if (!number.matches()) {
            throw new InvalidFieldException("metadata", "numbers must be finite JSON numbers");
        }
        if (text.length() > MAX_CHARACTERS || exponentTooLarge(number.group(3))) {
            throw new InvalidFieldException(
                    "metadata", "numbers must be at most 100 characters with an exponent between -1000 and 1000");
        }
    }

    private static boolean exponentTooLarge(String exponent) {
        if (exponent == null) {
            return false;
        }
        String digits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        return digits.length() > 4 || Integer.parseInt(digits) > MAX_EXPONENT;
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }
}
