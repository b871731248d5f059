package visitoridentity.domain.json;

import visitoridentity.domain.error.InvalidFieldException;

/** A JSON string. U+0000 and unpaired surrogates are refused: PostgreSQL cannot store them. */
public record JsonString(String value) implements JsonValue {
    public JsonString {
        if (value == null) {
            throw new InvalidFieldException("metadata", "a string must not be null");
        }
        StorableText.require(value, "strings");
    }
}
