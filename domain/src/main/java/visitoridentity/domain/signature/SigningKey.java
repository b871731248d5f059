package visitoridentity.domain.signature;

import java.time.Instant;
import java.util.Optional;

/** One signing key; the active key has no {@code validUntil}, a previous one verifies while now is before it. */
public record SigningKey(SigningSecret secret, Instant createdAt, Optional<Instant> validUntil) {
    public boolean verifiesAt(Instant now) {
        return validUntil.map(now::isBefore).orElse(true);
    }
}
