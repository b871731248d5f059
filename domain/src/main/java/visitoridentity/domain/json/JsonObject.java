package visitoridentity.domain.json;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object whose members keep the order they were inserted in; immutable. Keys obey the same
 * rule as strings (no U+0000, no unpaired surrogate).
 *
 * <p>Two objects are equal when they have the same members <em>in the same order</em>: the order is
 * part of what is stored and of the compact text, so a store that loses it must not look correct.
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(Math.max(16, members.size() * 2));
        members.forEach((key, value) -> {
            StorableText.require(Objects.requireNonNull(key), "keys");
            copy.put(key, Objects.requireNonNull(value));
        });
        members = Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JsonObject that) || members.size() != that.members.size()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonValue>> theirs = that.members.entrySet().iterator();
        for (Map.Entry<String, JsonValue> mine : members.entrySet()) {
            if (!mine.equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }
}
