package visitoridentity.adapters.http;

import java.time.Duration;
import java.util.Objects;
import visitoridentity.adapters.http.web.RateLimit;

/**
 * How the server listens. {@code host} is the address it binds ({@code 0.0.0.0}: every interface);
 * {@code port} 0 picks a free port; {@code maxBodyBytes} bounds every request body (refused with 413
 * before it is parsed); {@code stopTimeout} is how long {@link HttpApi#stop()} lets in-flight
 * requests finish; {@code visitorStarts} limits {@code POST .../visitors} per client address.
 *
 * <p>Jetty's own protections are fixed here (docs/operations.md): at most {@value #MAX_THREADS}
 * request threads with at most {@value #MAX_QUEUED} tasks waiting for one (more are refused, the
 * connection closed); a connection idle for {@link #IDLE_TIMEOUT} is closed; a request body must
 * arrive at {@value #MIN_REQUEST_DATA_RATE} bytes a second or more once it has started, else the
 * request fails with 408; a body within {@code maxBodyBytes} is read before a request thread takes
 * the request, each chunk counted at {@value #READ_AHEAD_CHUNK_COST} bytes more than it holds.
 */
public record HttpSettings(String host, int port, long maxBodyBytes, Duration stopTimeout, RateLimit visitorStarts) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);
    public static final int MAX_THREADS = 200;
    public static final int MIN_THREADS = 8;
    public static final int MAX_QUEUED = 2_000;
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);
    public static final long MIN_REQUEST_DATA_RATE = 1_024;
    public static final int READ_AHEAD_CHUNK_COST = 4_096;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(visitorStarts, "visitorStarts");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }

    public HttpSettings(int port, long maxBodyBytes, Duration stopTimeout) {
        this(DEFAULT_HOST, port, maxBodyBytes, stopTimeout, RateLimit.DEFAULT_VISITOR_STARTS);
    }

    public HttpSettings(int port, long maxBodyBytes) {
        this(port, maxBodyBytes, DEFAULT_STOP_TIMEOUT);
    }

    /** The given port with the default 64 KiB body limit and 30 s stop timeout. */
    public static HttpSettings onPort(int port) {
        return new HttpSettings(port, DEFAULT_MAX_BODY_BYTES);
    }

    /** These settings bound to another address. */
    public HttpSettings withHost(String otherHost) {
        return new HttpSettings(otherHost, port, maxBodyBytes, stopTimeout, visitorStarts);
    }

    /** These settings with another limit on visitor starts. */
    public HttpSettings withVisitorStarts(RateLimit limit) {
        return new HttpSettings(host, port, maxBodyBytes, stopTimeout, limit);
    }
}
