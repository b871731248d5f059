package visitoridentity.domain.claim;

import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/** A phone number in E.164: {@code +} then 8 to 15 digits, after spaces, dashes, dots and parentheses are removed. */
public record Phone(String value) {
    private static final Pattern E164 = Pattern.compile("\\+[0-9]{8,15}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

    public Phone {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidFieldException("phone", "must be E.164: '+' then 8 to 15 digits");
        }
    }

    public static Phone of(String raw) {
        if (raw == null) {
            throw new InvalidFieldException("phone", "must be E.164: '+' then 8 to 15 digits");
        }
        return new Phone(SEPARATORS.matcher(raw).replaceAll(""));
    }
}
