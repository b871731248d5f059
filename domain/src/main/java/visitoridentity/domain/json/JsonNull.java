package visitoridentity.domain.json;

/** JSON {@code null}. In a metadata patch, a top-level {@code null} removes the key. */
public record JsonNull() implements JsonValue {
    public static final JsonNull INSTANCE = new JsonNull();
}
