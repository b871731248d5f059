package visitoridentity.domain.json;

import visitoridentity.domain.error.InvalidFieldException;

/** A JSON string. U+0000 is refused: PostgreSQL cannot store it. */
public record JsonString(String value) implements JsonValue {
    public JsonString {
        if (value == null) {
            throw new InvalidFieldException("metadata", "a string must not be null");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException("metadata", "must not contain the character U+0000");
        }
    }
}
