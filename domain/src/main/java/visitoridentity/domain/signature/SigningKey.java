package visitoridentity.domain.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One signing key: its id ({@code kid}, unique in its workspace, named in identity tokens' headers
 * and in a verified claim's provenance), its secret, and how long it verifies. The active key has no
 * {@code validUntil}; a previous one verifies while now is before it.
 */
public record SigningKey(String kid, SigningSecret secret, Instant createdAt, Optional<Instant> validUntil) {
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("a kid is 1 to 64 of A-Z, a-z, 0-9, '.', '_' and '-'");
        }
    }

    public boolean verifiesAt(Instant now) {
        return validUntil.map(now::isBefore).orElse(true);
    }

    /** This key, retired: it keeps verifying while now is before {@code until}. */
    SigningKey retiredUntil(Instant until) {
        return new SigningKey(kid, secret, createdAt, Optional.of(until));
    }
}
