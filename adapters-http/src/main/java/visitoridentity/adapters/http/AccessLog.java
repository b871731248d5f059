package visitoridentity.adapters.http;

import io.javalin.http.Context;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, duration. Never the query string (it may hold an
 * email filter), a header (tokens), or a body.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("visitoridentity.http.access");

    void record(Context context, Duration duration) {
        LOG.info("{} {} {} {}ms", context.method().name(), context.path(), context.statusCode(), duration.toMillis());
    }
}
