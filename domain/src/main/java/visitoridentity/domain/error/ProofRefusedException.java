package visitoridentity.domain.error;

import java.util.Objects;

/**
 * A proof of a scheme that brings its own failures (an identity token that expired, was replayed,
 * names the wrong audience...) did not hold under a REQUIRED workspace. {@code code} is the stable
 * problem code the scheme chose (for example {@code token-expired}); {@code claim} names what the
 * proof was for; the message says what to fix, never the proof itself.
 */
public final class ProofRefusedException extends VisitorIdentityException {
    private final String code;
    private final String claim;

    public ProofRefusedException(String code, String claim, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.claim = Objects.requireNonNull(claim, "claim");
    }

    public String code() {
        return code;
    }

    public String claim() {
        return claim;
    }
}
