package visitoridentity.bootstrap.endtoend;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL ({@code VISITOR_IDENTITY_TEST_PG_URL} and
 * {@code VISITOR_IDENTITY_TEST_PG_USER}, as the persistence tests read them), for a real server to
 * run on. Without PostgreSQL the calling test is skipped, unless {@code CI=true}.
 */
final class PostgresSchema {
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/visitor_identity_test";

    private PostgresSchema() {}

    static String user() {
        return Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_USER"), "postgres");
    }

    /** The JDBC URL of a new, empty schema. */
    static String fresh() {
        String url = Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_URL"), DEFAULT_URL);
        String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user(), null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            String why = "PostgreSQL is not reachable at " + url + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, so the PostgreSQL tests must run. " + why, unreachable);
            }
            abort(why);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
