package visitoridentity.application.port;

import java.time.Instant;
import java.util.Objects;

/** A token that no longer opens anything, why, and since when. */
public record RevokedVisitorToken(Revocation reason, Instant revokedAt) {
    public RevokedVisitorToken {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
