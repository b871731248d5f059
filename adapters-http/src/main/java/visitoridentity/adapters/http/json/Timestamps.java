package visitoridentity.adapters.http.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way the API writes an instant: UTC, milliseconds, {@code Z}
 * ({@code 2026-12-02T04:14:54.123Z}), whatever precision the clock or the database kept, so a
 * value reads the same in the answer that creates it and in every later read.
 */
public final class Timestamps {
    private static final DateTimeFormatter MILLISECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return MILLISECONDS_UTC.format(instant);
    }
}
