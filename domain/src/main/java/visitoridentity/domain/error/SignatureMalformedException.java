package visitoridentity.domain.error;

/** A signature is not 64 hexadecimal characters; {@code claim} names the claim ({@code externalId}, {@code email}, {@code phone}, {@code anonymousId}). */
public final class SignatureMalformedException extends VisitorIdentityException {
    private final String claim;

    public SignatureMalformedException(String claim) {
        super("a signature is not 64 hexadecimal characters: " + claim);
        this.claim = claim;
    }

    public SignatureMalformedException(String claim, String message) {
        super(message);
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
