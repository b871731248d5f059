package visitoridentity.application.workspace;

import java.time.Instant;
import visitoridentity.domain.signature.SigningSecret;

/** The new signing secret, shown this once, and when the previous key stops verifying. */
public record RotatedSigningKey(SigningSecret signingSecret, Instant previousKeyValidUntil) {}
