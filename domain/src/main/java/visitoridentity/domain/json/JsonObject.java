package visitoridentity.domain.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A JSON object whose members keep the order they were inserted in; immutable. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach((key, value) -> copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value)));
        members = Collections.unmodifiableMap(copy);
    }
}
