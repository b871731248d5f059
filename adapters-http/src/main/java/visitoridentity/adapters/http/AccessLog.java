package visitoridentity.adapters.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, duration. Never the query string (it may hold an
 * email filter), a header (tokens), or a body. Probes and scrapes, which come every few seconds,
 * are logged at debug level.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("visitoridentity.http.access");
    private static final Set<String> OPERATIONS = Set.of("/health/live", "/health/ready", "/metrics", "/openapi.json");

    void record(Context context, Duration duration) {
        String format = "{} {} {} {}ms";
        Object[] line = {context.method().name(), context.path(), context.statusCode(), duration.toMillis()};
        if (OPERATIONS.contains(context.path())) {
            LOG.debug(format, line);
        } else {
            LOG.info(format, line);
        }
    }
}
