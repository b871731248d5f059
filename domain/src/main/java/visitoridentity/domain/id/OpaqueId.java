package visitoridentity.domain.id;

import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/** The one rule every generated identifier follows: 1 to 64 characters of {@code [A-Za-z0-9_-]}. */
public final class OpaqueId {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private OpaqueId() {}

    public static String require(String field, String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidFieldException(field, "must be 1 to 64 characters of letters, digits, '_' or '-'");
        }
        return value;
    }
}
