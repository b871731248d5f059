package visitoridentity.domain.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;

/** One active key that signs and verifies, and previous keys that keep verifying until their grace ends. */
public record SigningKeyRing(SigningKey active, List<SigningKey> previous) {
    public static final Duration DEFAULT_GRACE = Duration.ofDays(1);

    public SigningKeyRing {
        Objects.requireNonNull(active, "active");
        previous = List.copyOf(previous);
        if (active.validUntil().isPresent()) {
            throw new IllegalArgumentException("the active key has no end of validity");
        }
        if (previous.stream().anyMatch(key -> key.validUntil().isEmpty())) {
            throw new IllegalArgumentException("every previous key has an end of validity");
        }
    }

    public static SigningKeyRing of(SigningSecret secret, Instant now) {
        return new SigningKeyRing(new SigningKey(secret, now, Optional.empty()), List.of());
    }

    /** The active key becomes a previous key valid until now + grace; expired previous keys are dropped. */
    public SigningKeyRing rotate(SigningSecret next, Instant now, Duration grace) {
        if (grace.isNegative()) {
            throw new InvalidFieldException("graceSeconds", "must not be negative");
        }
        List<SigningKey> kept = new ArrayList<>();
        kept.add(active.retiredUntil(now.plus(grace)));
        kept.addAll(previous);
        kept.removeIf(key -> !key.verifiesAt(now));
        return new SigningKeyRing(new SigningKey(next, now, Optional.empty()), kept);
    }

    /** The active key and every previous key still in its grace at {@code now}. */
    public List<SigningKey> verifyingAt(Instant now) {
        if (previous.isEmpty()) {
            return List.of(active);
        }
        List<SigningKey> verifying = new ArrayList<>(previous.size() + 1);
        verifying.add(active);
        for (SigningKey key : previous) {
            if (key.verifiesAt(now)) {
                verifying.add(key);
            }
        }
        return Collections.unmodifiableList(verifying);
    }
}
