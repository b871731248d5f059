package visitoridentity.adapters.http.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** {@code http_server_requests_seconds} by method, route template (never the raw path) and status. */
public final class HttpServerMetrics {
    private final MeterRegistry registry;

    public HttpServerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests served")
                .tag("method", method)
                .tag("uri", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(duration);
    }
}
