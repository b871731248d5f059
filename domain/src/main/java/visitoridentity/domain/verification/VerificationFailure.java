package visitoridentity.domain.verification;

import java.util.Objects;

/**
 * A proof that did not hold, or that a REQUIRED workspace missed: which claim ({@code externalId},
 * {@code email}, {@code phone}, or {@code anonymousId} for a device proof) and why ({@code missing},
 * {@code malformed}, {@code mismatch}, {@code not-normalized}, ...). Never the value or the signature.
 */
public record VerificationFailure(String claim, String reason) {
    public VerificationFailure {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(reason, "reason");
    }
}
