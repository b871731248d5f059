package visitoridentity.domain.id;

/** The id of the contact of one normalized email in one workspace. */
public record ContactId(String value) {
    public ContactId {
        OpaqueId.require("contactId", value);
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
