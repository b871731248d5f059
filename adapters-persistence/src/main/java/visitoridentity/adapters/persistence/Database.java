package visitoridentity.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * What differs between the two databases: a few column types of the one schema (Flyway
 * placeholders in the migrations under {@code db/migration}) and the isolation level that keeps the
 * version check of {@code VisitorRepository.update} sound.
 */
enum Database {
    /**
     * H2 runs at REPEATABLE READ. At READ COMMITTED, H2 2.x can let two {@code UPDATE ... WHERE
     * version = ?} made from the same read both succeed, when the second statement's snapshot was
     * taken just before the first commit and its row lock just after (seen in the concurrency
     * tests); at REPEATABLE READ it refuses the second writer (error 90131), which is a lost race
     * like any other.
     */
    H2(
            "varchar(64)",
            "json GENERATED ALWAYS AS (metadata FORMAT JSON)",
            "varchar(1024) GENERATED ALWAYS AS (LOWER(name))",
            TransactionIsolationLevel.REPEATABLE_READ),
    /**
     * PostgreSQL runs at READ COMMITTED: an UPDATE that waited for another transaction's row lock
     * re-checks its WHERE clause against the row that transaction committed, so the version check
     * holds.
     */
    POSTGRESQL(
            "varchar(64) COLLATE \"C\"",
            "jsonb GENERATED ALWAYS AS (metadata::jsonb) STORED",
            "varchar(1024) COLLATE \"C\" GENERATED ALWAYS AS (lower(name)) STORED",
            TransactionIsolationLevel.READ_COMMITTED);

    private final String opaqueId;
    private final String metadataAsJson;
    private final String nameKey;
    private final TransactionIsolationLevel isolation;

    Database(String opaqueId, String metadataAsJson, String nameKey, TransactionIsolationLevel isolation) {
        this.opaqueId = opaqueId;
        this.metadataAsJson = metadataAsJson;
        this.nameKey = nameKey;
        this.isolation = isolation;
    }

    static Database of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default ->
                throw new IllegalStateException(
                        "unsupported database " + product + ": visitor-identity runs on H2 and PostgreSQL");
        };
    }

    /** Brings the schema up to the newest migration; safe to run from several processes at once. */
    void migrate(DataSource dataSource, SecretsKey secretsKey) {
        SealSigningSecretsMigration sealing = new SealSigningSecretsMigration(new SealedSecrets(secretsKey));
        migrations(dataSource, sealing).load().migrate();
        if (this == H2 && sealing.sealedAny()) {
            compact(dataSource);
        }
    }

    /**
     * H2 appends changed pages and leaves the old ones in the file until they are reused, so the
     * secrets just sealed would linger there in clear: compacting rewrites the file with live pages
     * only. It closes the database; the pool's connections are found closed and replaced.
     */
    private static void compact(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (!connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                    statement.execute("SHUTDOWN COMPACT");
                }
            } finally {
                closeClosed(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not compact the H2 database after sealing its secrets", e);
        }
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** Flyway set up with this schema's migrations: the SQL ones and the Java ones that need the key. */
    FluentConfiguration migrations(DataSource dataSource, SecretsKey secretsKey) {
        return migrations(dataSource, new SealSigningSecretsMigration(new SealedSecrets(secretsKey)));
    }

    private FluentConfiguration migrations(DataSource dataSource, SealSigningSecretsMigration sealing) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("opaque_id", opaqueId, "metadata_as_json", metadataAsJson, "name_key", nameKey))
                .javaMigrations(sealing, new RetireUnusableOriginsMigration())
                .failOnMissingLocations(true);
    }

    /** Returns a connection to its pool after SHUTDOWN closed it underneath. */
    private static void closeClosed(Connection connection) {
        try {
            connection.close();
        } catch (SQLException closedByTheShutdown) {
            // the pool drops it
        }
    }

    TransactionIsolationLevel isolation() {
        return isolation;
    }

    /**
     * True when the data source is a Hikari pool set to this database's isolation level (as {@link
     * DataSources#pooled} sets it): the pool puts each connection back at that level, so a
     * transaction need not ask.
     */
    boolean handsOutConnectionsAtItsIsolation(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    && ("TRANSACTION_" + isolation.name())
                            .equals(dataSource.unwrap(HikariDataSource.class).getTransactionIsolation());
        } catch (SQLException notAPool) {
            return false;
        }
    }
}
