package visitoridentity.application.sign;

import java.util.Optional;

/** Lower-case hex HMAC-SHA256 signatures, one per claim that was given. */
public record IdentitySignatures(
        Optional<String> externalId, Optional<String> email, Optional<String> phone, Optional<String> anonymousId) {}
