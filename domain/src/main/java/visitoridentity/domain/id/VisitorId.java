package visitoridentity.domain.id;

/** The id of one visitor record. */
public record VisitorId(String value) {
    public VisitorId {
        OpaqueId.require("visitorId", value);
    }

    public static VisitorId of(String value) {
        return new VisitorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
