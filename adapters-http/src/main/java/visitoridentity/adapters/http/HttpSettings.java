package visitoridentity.adapters.http;

import java.time.Duration;

/**
 * How the server listens. {@code port} 0 picks a free port; {@code maxBodyBytes} bounds every
 * request body (refused with 413 before it is parsed); {@code stopTimeout} is how long
 * {@link HttpApi#stop()} lets in-flight requests finish.
 */
public record HttpSettings(int port, long maxBodyBytes, Duration stopTimeout) {
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
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

    public HttpSettings(int port, long maxBodyBytes) {
        this(port, maxBodyBytes, DEFAULT_STOP_TIMEOUT);
    }

    /** The given port with the default 64 KiB body limit and 30 s stop timeout. */
    public static HttpSettings onPort(int port) {
        return new HttpSettings(port, DEFAULT_MAX_BODY_BYTES);
    }
}
