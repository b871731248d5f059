package visitoridentity.domain.metadata;

/** How a patch meets the stored metadata. */
public enum MetadataMode {
    /** Each key overwrites the stored top-level key, {@code null} removes it, omitted keys stay. */
    MERGE,
    /** The stored object becomes exactly the patch's non-null keys. */
    REPLACE
}
