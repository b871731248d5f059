package visitoridentity.domain.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.NotFoundException;

/**
 * One active key that signs and verifies, and previous keys that keep verifying until their grace
 * ends. Keys are named {@code key-1}, {@code key-2}, ... in the order they were made, so a kid is
 * never reused in a workspace.
 */
public record SigningKeyRing(SigningKey active, List<SigningKey> previous) {
    public static final Duration DEFAULT_GRACE = Duration.ofDays(1);
    private static final String KID_PREFIX = "key-";

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
        return new SigningKeyRing(new SigningKey(KID_PREFIX + 1, secret, now, Optional.empty()), List.of());
    }

    /**
     * The active key becomes a previous key valid until now + grace; expired previous keys are
     * dropped. A grace of zero retires every older key at once (a leaked key is revoked by it).
     */
    public SigningKeyRing rotate(SigningSecret next, Instant now, Duration grace) {
        if (grace.isNegative()) {
            throw new InvalidFieldException("graceSeconds", "must not be negative");
        }
        SigningKey nextKey = new SigningKey(KID_PREFIX + (ordinal(active) + 1), next, now, Optional.empty());
        if (grace.isZero()) {
            return new SigningKeyRing(nextKey, List.of());
        }
        List<SigningKey> kept = new ArrayList<>();
        kept.add(active.retiredUntil(now.plus(grace)));
        kept.addAll(previous);
        kept.removeIf(key -> !key.verifiesAt(now));
        return new SigningKeyRing(nextKey, kept);
    }

    /** This ring without the previous key {@code kid}: it stops verifying at once. The active key cannot be revoked, only rotated. */
    public SigningKeyRing revoke(String kid) {
        if (active.kid().equals(kid)) {
            throw new InvalidFieldException("kid", "is the active key: rotate it (with graceSeconds 0) instead");
        }
        if (previous.stream().noneMatch(key -> key.kid().equals(kid))) {
            throw new NotFoundException("signing key", kid);
        }
        return new SigningKeyRing(
                active, previous.stream().filter(key -> !key.kid().equals(kid)).toList());
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

    /** The key {@code kid} if it verifies at {@code now}. */
    public Optional<SigningKey> verifyingKey(String kid, Instant now) {
        return verifyingAt(now).stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    private static long ordinal(SigningKey key) {
        String kid = key.kid();
        if (kid.startsWith(KID_PREFIX)) {
            try {
                return Long.parseLong(kid.substring(KID_PREFIX.length()));
            } catch (NumberFormatException notOurs) {
                return 0;
            }
        }
        return 0;
    }
}
