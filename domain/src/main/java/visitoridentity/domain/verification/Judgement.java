package visitoridentity.domain.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.VisitorIdentityException;

/**
 * The verdict on one call's claims: each with the trust it earned, whether a device proof held, every
 * proof that failed or was missed, and what a REQUIRED workspace refuses the call with (present in
 * every mode, so an OPTIONAL or observing workspace can tell what REQUIRED would have refused).
 */
public record Judgement(
        SentClaims claims,
        boolean deviceProven,
        List<VerificationFailure> failures,
        Optional<VisitorIdentityException> refusal) {
    public Judgement {
        Objects.requireNonNull(claims, "claims");
        failures = List.copyOf(failures);
        Objects.requireNonNull(refusal, "refusal");
    }
}
