package visitoridentity.adapters.http.token;

/** Ends a verification early with its failure; never leaves this package. */
final class TokenRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a record of strings, never serialized in practice
    private final TokenFailure failure;

    TokenRefusedException(TokenFailure failure) {
        super(failure.code(), null, false, false);
        this.failure = failure;
    }

    TokenFailure failure() {
        return failure;
    }
}
