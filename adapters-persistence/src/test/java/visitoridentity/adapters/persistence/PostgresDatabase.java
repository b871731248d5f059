package visitoridentity.adapters.persistence;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/**
 * The PostgreSQL the tests run on: {@code VISITOR_IDENTITY_TEST_PG_URL} (default {@value
 * #DEFAULT_URL}) as {@code VISITOR_IDENTITY_TEST_PG_USER} (default postgres), without a password.
 * Each instance is a fresh schema, dropped again by {@link #drop()}. When the server cannot be
 * reached the tests are skipped, unless {@code CI=true}: then they fail.
 */
final class PostgresDatabase {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/visitor_identity_test";

    private final String url;
    private final String user;
    private final String schema;

    private PostgresDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    /** A new, empty schema; skips (or in CI fails) the calling tests when PostgreSQL is not there. */
    static PostgresDatabase freshSchema() {
        String url = Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_URL"), DEFAULT_URL);
        String user = Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_USER"), "postgres");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            String why = "PostgreSQL is not reachable at " + url + " as " + user + " (" + unreachable.getMessage()
                    + "). To run the PostgreSQL tests, start PostgreSQL 15+ with trust authentication and run:"
                    + " psql -h 127.0.0.1 -U postgres -c 'create database visitor_identity_test'"
                    + " (or point VISITOR_IDENTITY_TEST_PG_URL and VISITOR_IDENTITY_TEST_PG_USER at another database).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, so the PostgreSQL tests must run. " + why, unreachable);
            }
            abort(why);
        }
        return new PostgresDatabase(url, user, schema);
    }

    /** A new, independent stack (its own pool and Jdbi) on this schema, migrated on opening. */
    JdbiPersistence open() {
        return JdbiPersistence.open(DataSources.pooled(schemaUrl(), user, null), H2Files.SECRETS_KEY);
    }

    /** The production pool on this schema. */
    HikariDataSource pool() {
        return DataSources.pooled(schemaUrl(), user, null);
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
