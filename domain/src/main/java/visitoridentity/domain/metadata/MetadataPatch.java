package visitoridentity.domain.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

/**
 * Ordered {@code key -> value}, where a top-level JSON {@code null} means remove (a nested {@code
 * null} is a value like any other), and a mode.
 *
 * <p>Structural limits are checked on construction, each with its own error: every key, at every
 * depth, is 1 to {@value #MAX_KEY_LENGTH} characters (code points); at most {@value #MAX_KEYS}
 * top-level keys; nesting depth at most {@value #MAX_DEPTH}, where the patch object itself is level
 * 1, an object or array that is one of its values level 2, and so on (scalars add no level). Keys
 * never contain U+0000: {@link JsonObject} refuses it.
 */
public record MetadataPatch(JsonObject entries, MetadataMode mode) {
    public static final int MAX_KEY_LENGTH = 256;
    public static final int MAX_KEYS = 1000;
    public static final int MAX_DEPTH = 16;
    public static final MetadataPatch NONE = new MetadataPatch(JsonObject.EMPTY, MetadataMode.MERGE);

    public MetadataPatch {
        if (entries == null) {
            throw new InvalidFieldException("metadata", "must be a JSON object");
        }
        if (mode == null) {
            throw new InvalidFieldException("metadataMode", "must be merge or replace");
        }
        PatchStructure.check(entries);
    }

    public static MetadataPatch merge(JsonObject entries) {
        return new MetadataPatch(entries, MetadataMode.MERGE);
    }

    public static MetadataPatch replace(JsonObject entries) {
        return new MetadataPatch(entries, MetadataMode.REPLACE);
    }

    /** True when applying it can change nothing: MERGE with no keys. */
    public boolean isNoOp() {
        return mode == MetadataMode.MERGE && entries.members().isEmpty();
    }

    /** The keys whose value is a top-level {@code null}, in patch order. */
    List<String> removedKeys() {
        List<String> removed = new ArrayList<>();
        entries.members().forEach((key, value) -> {
            if (value instanceof JsonNull) {
                removed.add(key);
            }
        });
        return removed;
    }

    /** The keys set to a value (every one but the removals), in patch order. */
    Map<String, JsonValue> setKeys() {
        Map<String, JsonValue> set = new LinkedHashMap<>();
        entries.members().forEach((key, value) -> {
            if (!(value instanceof JsonNull)) {
                set.put(key, value);
            }
        });
        return set;
    }
}
