package visitoridentity.domain.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One signing key; the active key has no {@code validUntil}, a previous one verifies while now is before it. */
public record SigningKey(SigningSecret secret, Instant createdAt, Optional<Instant> validUntil) {
    public SigningKey {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean verifiesAt(Instant now) {
        return validUntil.map(now::isBefore).orElse(true);
    }

    /** This key, retired: it keeps verifying while now is before {@code until}. */
    SigningKey retiredUntil(Instant until) {
        return new SigningKey(secret, createdAt, Optional.of(until));
    }
}
