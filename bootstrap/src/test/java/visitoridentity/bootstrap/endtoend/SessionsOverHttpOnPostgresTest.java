package visitoridentity.bootstrap.endtoend;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The sessions over HTTP with the server on PostgreSQL ({@code VISITOR_IDENTITY_TEST_PG_URL}, as the
 * persistence tests use it), in a schema of its own; skipped without PostgreSQL unless {@code CI=true}.
 */
class SessionsOverHttpOnPostgresTest extends SessionsOverHttpContract {
    private static final String URL = Objects.requireNonNullElse(
            System.getenv("VISITOR_IDENTITY_TEST_PG_URL"), "jdbc:postgresql://127.0.0.1:5432/visitor_identity_test");
    private static final String USER =
            Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_USER"), "postgres");
    private static final String SCHEMA =
            "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    /** Called by the server's start, before anything else of the class: the schema must exist first. */
    private static void createSchema() {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(URL, USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException unreachable) {
            String why = "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + unreachable.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, so the PostgreSQL tests must run. " + why, unreachable);
            }
            abort(why);
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        stopServer();
        try (Connection connection = DriverManager.getConnection(URL, USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    protected Map<String, String> databaseSettings() {
        createSchema();
        return Map.of(
                "VISITOR_IDENTITY_DB_URL",
                URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "VISITOR_IDENTITY_DB_USER",
                USER,
                "VISITOR_IDENTITY_SECRETS_KEY",
                "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4=");
    }
}
