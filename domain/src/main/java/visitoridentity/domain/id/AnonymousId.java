package visitoridentity.domain.id;

/** The opaque id a browser gets when the widget starts; several may resolve to one visitor. */
public record AnonymousId(String value) {
    public AnonymousId {
        OpaqueId.require("anonymousId", value);
    }

    public static AnonymousId of(String value) {
        return new AnonymousId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
