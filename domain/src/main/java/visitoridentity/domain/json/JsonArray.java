package visitoridentity.domain.json;

import java.util.List;

/** A JSON array; immutable. */
public record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
        elements = List.copyOf(elements);
    }
}
