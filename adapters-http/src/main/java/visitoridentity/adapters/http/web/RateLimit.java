package visitoridentity.adapters.http.web;

import java.time.Duration;

/**
 * A token bucket: {@code burst} calls at once, refilled by {@code tokens} every {@code period}
 * (spread evenly over it). {@code 20/s} with a burst of 100 lets a client make 100 calls at once,
 * then 20 a second.
 */
public record RateLimit(long tokens, Duration period, long burst) {
    /** The default for visitor starts per client address: 20 a second, 100 at once. */
    public static final RateLimit DEFAULT_VISITOR_STARTS = new RateLimit(20, Duration.ofSeconds(1), 100);

    public RateLimit {
        if (tokens < 1 || burst < 1) {
            throw new IllegalArgumentException("a rate limit refills at least 1 token and holds at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit's period must be positive");
        }
    }
}
