package visitoridentity.domain.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for JSON values in tests. */
public final class JsonFixtures {
    private JsonFixtures() {}

    /** An object with these members in this order: {@code object("a", value, "b", value)}. */
    public static JsonObject object(Object... keysAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], (JsonValue) keysAndValues[i + 1]);
        }
        return new JsonObject(members);
    }
}
