package visitoridentity.domain.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a verified claim was proven: the signature scheme, the key that verified it (its {@code kid},
 * when the scheme's keys have one) and when.
 */
public record Provenance(String scheme, Optional<String> keyId, Instant provenAt) {
    public Provenance {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(provenAt, "provenAt");
    }
}
