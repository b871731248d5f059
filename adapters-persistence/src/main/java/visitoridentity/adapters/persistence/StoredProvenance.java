package visitoridentity.adapters.persistence;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Provenance;

/**
 * A verified claim's provenance in one column: {@code <scheme> <kid or -> <instant>}, for example
 * {@code plain-value key-2 2026-12-02T10:15:30.123Z}. Neither schemes nor kids hold spaces. A claim
 * verified before provenance was recorded has none stored.
 */
final class StoredProvenance {
    private static final String NO_KEY = "-";
    /** The scheme of a claim verified before provenance was recorded. */
    static final String FIRST_EDITION = "first-edition";

    private StoredProvenance() {}

    static String write(Optional<? extends Claim<?>> claim) {
        return claim.flatMap(Claim::provenance)
                .map(proof -> proof.scheme() + " " + proof.keyId().orElse(NO_KEY) + " " + proof.provenAt())
                .orElse(null);
    }

    /**
     * @param verified whether the claim is stored as verified
     * @param updatedAt when its row was last written: the time of a provenance that was never recorded
     */
    static Optional<Provenance> read(String column, boolean verified, Instant updatedAt) {
        if (column == null) {
            return verified
                    ? Optional.of(new Provenance(FIRST_EDITION, Optional.empty(), updatedAt))
                    : Optional.empty();
        }
        String[] parts = column.split(" ", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("a stored provenance is not '<scheme> <kid> <instant>'");
        }
        Optional<String> keyId = parts[1].equals(NO_KEY) ? Optional.empty() : Optional.of(parts[1]);
        return Optional.of(new Provenance(parts[0], keyId, Instant.parse(parts[2])));
    }
}
