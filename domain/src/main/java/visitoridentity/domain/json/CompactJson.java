package visitoridentity.domain.json;

/**
 * The one serializer that defines metadata sizes: no white space, non-ASCII written raw, only
 * {@code "}, {@code \} and control characters escaped, numbers written as they came.
 */
public final class CompactJson {
    private CompactJson() {}

    public static String write(JsonValue value) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Strict parse of a JSON text (used to read stored metadata back). */
    public static JsonValue parse(String text) {
        throw new UnsupportedOperationException("not implemented");
    }
}
