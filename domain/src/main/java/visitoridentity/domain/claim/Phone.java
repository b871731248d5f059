package visitoridentity.domain.claim;

import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A phone number in E.164: {@code +} then 8 to 15 digits, the first not 0 (no country code starts
 * with 0), after spaces (no-break ones too), dashes (en dashes too), dots and parentheses are removed.
 */
public record Phone(String value) implements ClaimValue {
    private static final String RULE = "must be E.164: '+' then 8 to 15 digits, the first not 0";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Zs}\\p{Pd}.()]");

    public Phone {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidFieldException("phone", RULE);
        }
    }

    public static Phone of(String raw) {
        if (raw == null) {
            throw new InvalidFieldException("phone", RULE);
        }
        return new Phone(SEPARATORS.matcher(raw).replaceAll(""));
    }
}
