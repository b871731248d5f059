package visitoridentity.adapters.http.token;

import java.util.Objects;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.verification.Check;

/**
 * Why an identity token proves nothing: the problem {@code code} a REQUIRED workspace answers, the
 * {@code reason} an audit records, and a {@code detail} that says what to fix. Never the token, a
 * signature or a claim's value.
 */
record TokenFailure(String code, String reason, String detail) {
    static final String EXPIRED = "token-expired";
    static final String NOT_YET_VALID = "token-not-yet-valid";
    static final String AUDIENCE = "token-audience";
    static final String REPLAYED = "token-replayed";
    static final String INVALID = "token-invalid";
    static final String MALFORMED = "token-malformed";

    TokenFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    static TokenFailure malformed(String detail) {
        return new TokenFailure(MALFORMED, "malformed", detail);
    }

    static TokenFailure invalid(String reason, String detail) {
        return new TokenFailure(INVALID, reason, detail);
    }

    Check.Failed check() {
        return new Check.Failed(reason, new ProofRefusedException(code, "identityToken", detail));
    }
}
