package visitoridentity.domain.claim;

/** The claims a signature can prove, named as they are in the API. */
public enum ClaimKind {
    EXTERNAL_ID("externalId"),
    EMAIL("email"),
    PHONE("phone");

    private final String field;

    ClaimKind(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
