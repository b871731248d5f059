package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Instants go to {@code timestamp with time zone} columns as UTC {@link OffsetDateTime}s, never
 * through the JVM's default time zone, and are stored to the microsecond (the precision both
 * databases keep; the rest is truncated, never rounded up).
 */
final class UtcTimestamps extends AbstractArgumentFactory<Instant> {
    UtcTimestamps() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** The instant in the column, or null. */
    static Instant read(ResultSet row, String column) throws SQLException {
        OffsetDateTime stored = row.getObject(column, OffsetDateTime.class);
        return stored == null ? null : stored.toInstant();
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        OffsetDateTime utc = value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }
}
