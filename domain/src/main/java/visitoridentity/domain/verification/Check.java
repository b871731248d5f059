package visitoridentity.domain.verification;

import java.util.Objects;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.error.VisitorIdentityException;

/** The outcome of checking the proof of one claim (or of the device). */
public sealed interface Check {
    Check MISSING = new Missing();

    /** A signature proved the claim's normal form. */
    record Proven(Provenance provenance) implements Check {
        public Proven {
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * A proof was sent and does not hold. {@code reason} is what an audit records ({@code malformed},
     * {@code mismatch}, {@code not-normalized}, {@code expired}, {@code replayed}, {@code unknown-key},
     * ...); {@code refusal} is what a REQUIRED workspace answers. Neither carries the signature or the
     * claim's value.
     */
    record Failed(String reason, VisitorIdentityException refusal) implements Check {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** No proof was sent for it. */
    record Missing() implements Check {}
}
