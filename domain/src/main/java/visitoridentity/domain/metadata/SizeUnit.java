package visitoridentity.domain.metadata;

/** What a metadata limit counts, always over the compact JSON text. */
public enum SizeUnit {
    /** UTF-8 bytes. */
    BYTES,
    /** Unicode code points. */
    CHARACTERS
}
