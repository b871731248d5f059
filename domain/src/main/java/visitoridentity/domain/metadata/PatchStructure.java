package visitoridentity.domain.metadata;

import static visitoridentity.domain.metadata.MetadataPatch.MAX_DEPTH;
import static visitoridentity.domain.metadata.MetadataPatch.MAX_KEYS;
import static visitoridentity.domain.metadata.MetadataPatch.MAX_KEY_LENGTH;

import java.util.Map;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonArray;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

/**
 * The structural limits of a patch. Errors about a top-level key name the field {@code metadata};
 * errors inside a value name {@code metadata.<top-level key>}.
 */
final class PatchStructure {
    private static final int PATCH_DEPTH = 1;

    private PatchStructure() {}

    static void check(JsonObject entries) {
        if (entries.members().size() > MAX_KEYS) {
            throw new InvalidFieldException("metadata", "must have at most " + MAX_KEYS + " keys");
        }
        for (Map.Entry<String, JsonValue> entry : entries.members().entrySet()) {
            if (!hasAllowedLength(entry.getKey())) {
                throw badKeyLength("metadata");
            }
            checkValue(entry.getValue(), PATCH_DEPTH + 1, entry.getKey());
        }
    }

    /** {@code depth}: the level this value has if it is an object or an array. */
    private static void checkValue(JsonValue value, int depth, String topKey) {
        if (value instanceof JsonObject object) {
            requireDepth(depth, topKey);
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!hasAllowedLength(member.getKey())) {
                    throw badKeyLength("metadata." + topKey);
                }
                checkValue(member.getValue(), depth + 1, topKey);
            }
        } else if (value instanceof JsonArray array) {
            requireDepth(depth, topKey);
            for (JsonValue element : array.elements()) {
                checkValue(element, depth + 1, topKey);
            }
        }
    }

    private static boolean hasAllowedLength(String key) {
        return !key.isEmpty()
                && (key.length() <= MAX_KEY_LENGTH || key.codePointCount(0, key.length()) <= MAX_KEY_LENGTH);
    }

    private static InvalidFieldException badKeyLength(String field) {
        return new InvalidFieldException(field, "keys must be 1 to " + MAX_KEY_LENGTH + " characters");
    }

    private static void requireDepth(int depth, String topKey) {
        if (depth > MAX_DEPTH) {
            throw new InvalidFieldException(
                    "metadata." + topKey,
                    "must be nested at most " + MAX_DEPTH + " levels deep (the metadata object is level 1)");
        }
    }
}
