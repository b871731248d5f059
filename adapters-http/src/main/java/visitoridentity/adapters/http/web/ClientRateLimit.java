package visitoridentity.adapters.http.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;

/**
 * A token bucket (bucket4j) per client address in front of one endpoint. A call with no token left
 * is refused with {@code 429 too-many-requests} and a {@code Retry-After} of the whole seconds until
 * the next token, before the endpoint runs. The address is the TCP peer's: a server behind a
 * proxy sees the proxy's, so there the proxy must limit per client.
 *
 * <p>The buckets are bounded ({@value #MOST_CLIENTS} addresses) and a bucket unused for the time
 * it takes to refill is dropped: a dropped bucket comes back full, as it would have been.
 */
public final class ClientRateLimit {
    static final long MOST_CLIENTS = 100_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimit limit;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimit(RateLimit limit) {
        this.limit = limit;
        Duration refillAll = limit.period().multipliedBy(Math.max(1, limit.burst() / limit.tokens() + 1));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MOST_CLIENTS)
                .expireAfterAccess(refillAll)
                .build();
    }

    /** The handler behind this limit. */
    public ApiHandler around(ApiHandler handler) {
        return call -> {
            ConsumptionProbe probe =
                    buckets.get(call.clientAddress(), address -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
                call.header("Retry-After", Long.toString(seconds));
                throw new ProblemException(Problem.of(
                        Problem.TOO_MANY_REQUESTS,
                        429,
                        "Too many requests",
                        "too many calls from this address; retry after " + seconds + " s"));
            }
            handler.handle(call);
        };
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.tokens(), limit.period()))
                .build();
    }
}
