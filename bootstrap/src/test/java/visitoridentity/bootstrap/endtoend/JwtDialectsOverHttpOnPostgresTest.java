package visitoridentity.bootstrap.endtoend;

import java.util.Map;

/**
 * The JWT dialects over HTTP with the server on PostgreSQL, in a fresh schema of the test database;
 * skipped without PostgreSQL unless CI=true.
 */
class JwtDialectsOverHttpOnPostgresTest extends JwtDialectsOverHttpContract {
    @Override
    protected Map<String, String> databaseSettings() {
        return Map.of(
                "VISITOR_IDENTITY_DB_URL",
                PostgresSchema.fresh(),
                "VISITOR_IDENTITY_DB_USER",
                PostgresSchema.user(),
                "VISITOR_IDENTITY_SECRETS_KEY",
                "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4=");
    }
}
