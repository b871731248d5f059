package visitoridentity.domain.metadata;

import visitoridentity.domain.json.JsonObject;

/**
 * Ordered {@code key -> value}, where a top-level JSON {@code null} means remove, and a mode.
 * Structural limits are checked on construction: keys 1 to 256 characters at every depth, at most
 * 1000 top-level keys, nesting depth at most 16.
 */
public record MetadataPatch(JsonObject entries, MetadataMode mode) {
    public static final MetadataPatch NONE = new MetadataPatch(JsonObject.EMPTY, MetadataMode.MERGE);

    public MetadataPatch {
        throw new UnsupportedOperationException("not implemented");
    }

    /** True when applying it can change nothing: MERGE with no keys. */
    public boolean isNoOp() {
        throw new UnsupportedOperationException("not implemented");
    }
}
