package visitoridentity.domain.metadata;

import visitoridentity.domain.json.JsonObject;

/** A visitor's free-form metadata: one JSON object, insertion-ordered. */
public record Metadata(JsonObject object) {
    public static final Metadata EMPTY = new Metadata(JsonObject.EMPTY);

    /** Size of the compact JSON text in the given unit. */
    public long size(SizeUnit unit) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** The compact JSON text (see {@link visitoridentity.domain.json.CompactJson}). */
    public String compactJson() {
        throw new UnsupportedOperationException("not implemented");
    }

    /**
     * Applies a patch within a policy. REJECT: throws MetadataTooLargeException when the result
     * crosses the limit. TRUNCATE: removals always apply; set-keys are kept in patch order until the
     * first that would cross, which and all later ones are dropped and reported.
     */
    public MetadataChange apply(MetadataPatch patch, MetadataPolicy policy) {
        throw new UnsupportedOperationException("not implemented");
    }

    /**
     * Fills only the keys this metadata lacks from an absorbed visitor's metadata, in its order;
     * a key that would cross the limit is dropped and reported (a merge is never refused).
     */
    public MetadataChange absorb(Metadata absorbed, MetadataPolicy policy) {
        throw new UnsupportedOperationException("not implemented");
    }
}
