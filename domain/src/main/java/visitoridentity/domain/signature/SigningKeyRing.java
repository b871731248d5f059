package visitoridentity.domain.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One active key that signs and verifies, and previous keys that keep verifying until their grace ends. */
public record SigningKeyRing(SigningKey active, List<SigningKey> previous) {
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(86_400);

    public SigningKeyRing {
        previous = List.copyOf(previous);
    }

    public static SigningKeyRing of(SigningSecret secret, Instant now) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** The active key becomes a previous key valid until now + grace; expired previous keys are dropped. */
    public SigningKeyRing rotate(SigningSecret next, Instant now, Duration grace) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** The active key and every previous key still in its grace at {@code now}. */
    public List<SigningKey> verifyingAt(Instant now) {
        throw new UnsupportedOperationException("not implemented");
    }
}
