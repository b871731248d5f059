package visitoridentity.domain.error;

/** A claim came without the signature the workspace requires; {@code claim} names the claim ({@code externalId}, {@code email}, {@code phone}, {@code anonymousId}). */
public final class SignatureRequiredException extends VisitorIdentityException {
    private final String claim;

    public SignatureRequiredException(String claim) {
        super("a claim came without the signature the workspace requires: " + claim);
        this.claim = claim;
    }

    public SignatureRequiredException(String claim, String message) {
        super(message);
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
