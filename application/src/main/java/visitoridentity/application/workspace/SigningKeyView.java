package visitoridentity.application.workspace;

import java.time.Instant;
import java.util.Optional;

/** A signing key as an administrator may see it: its kid and its validity, never its secret. */
public record SigningKeyView(String kid, Instant createdAt, Optional<Instant> validUntil) {}
