package visitoridentity.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one schema, created and evolved by the Flyway migrations under {@code db/migration}. The
 * migrations are shared by H2 and PostgreSQL; the few types that differ are placeholders filled in
 * here per database.
 */
enum Schema {
    H2("varchar(64)", "json GENERATED ALWAYS AS (metadata FORMAT JSON)"),
    POSTGRESQL("varchar(64) COLLATE \"C\"", "jsonb GENERATED ALWAYS AS (metadata::jsonb) STORED");

    private final String opaqueId;
    private final String metadataAsJson;

    Schema(String opaqueId, String metadataAsJson) {
        this.opaqueId = opaqueId;
        this.metadataAsJson = metadataAsJson;
    }

    /** Brings the database's schema up to the newest migration; safe to run from several processes at once. */
    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(of(dataSource).placeholders())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    Map<String, String> placeholders() {
        return Map.of("opaque_id", opaqueId, "metadata_as_json", metadataAsJson);
    }

    static Schema of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default ->
                throw new IllegalStateException(
                        "unsupported database " + product + ": visitor-identity runs on H2 and PostgreSQL");
        };
    }
}
