package visitoridentity.domain.error;

/** A signature did not verify; {@code claim} names the claim ({@code externalId}, {@code email}, {@code phone}, {@code anonymousId}). */
public final class SignatureInvalidException extends VisitorIdentityException {
    private final String claim;

    public SignatureInvalidException(String claim) {
        super("a signature did not verify: " + claim);
        this.claim = claim;
    }

    public SignatureInvalidException(String claim, String message) {
        super(message);
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
