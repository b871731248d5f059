package visitoridentity.embedded;

import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.application.UseCases;
import visitoridentity.application.session.SessionLifetime;

/**
 * visitor-identity inside another JVM: the use cases over a database of the host's choosing, with
 * no HTTP server and no environment variable read.
 *
 * <pre>{@code
 * try (VisitorIdentity identity = VisitorIdentity.embedded().dataSource(dataSource).build()) {
 *     UseCases useCases = identity.useCases();
 *     ...
 * }
 * }</pre>
 */
public final class VisitorIdentity implements AutoCloseable {
    private final UseCases useCases;
    private final Optional<HikariDataSource> ownDatabase;

    private VisitorIdentity(UseCases useCases, Optional<HikariDataSource> ownDatabase) {
        this.useCases = useCases;
        this.ownDatabase = ownDatabase;
    }

    public static Builder embedded() {
        return new Builder();
    }

    /** Every use case of the product; they are safe to call from many threads. */
    public UseCases useCases() {
        return useCases;
    }

    /** Closes the in-memory database, if this instance made one; a given data source stays open. */
    @Override
    public void close() {
        ownDatabase.ifPresent(VisitorIdentity::dropInMemoryDatabase);
    }

    private static void dropInMemoryDatabase(HikariDataSource pool) {
        pool.close();
        // DB_CLOSE_DELAY=-1 keeps an H2 memory database alive without connections: drop it now,
        // through a connection of its own (SHUTDOWN closes it, which a pooled one would not expect).
        try (Connection connection =
                        DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut the in-memory database down", e);
        }
    }

    /** Chooses the database (required) and optionally a root admin token, a clock and the session lifetime. */
    public static final class Builder {
        private Optional<DataSource> dataSource = Optional.empty();
        private Optional<String> secretsKey = Optional.empty();
        private boolean inMemory;
        private Optional<String> rootAdminToken = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private SessionLifetime sessionLifetime = SessionLifetime.DEFAULT;

        private Builder() {}

        /** An H2 or PostgreSQL database; its schema is migrated on {@link #build()}. The host closes it. */
        public Builder dataSource(DataSource value) {
            dataSource = Optional.of(Objects.requireNonNull(value, "dataSource"));
            return this;
        }

        /**
         * The key that seals the signing secrets in the given database: base64 of 32 random bytes
         * ({@code openssl rand -base64 32}), the same on every start. Required with {@link
         * #dataSource}; an in-memory database gets a random one.
         */
        public Builder secretsKey(String base64) {
            secretsKey = Optional.of(Objects.requireNonNull(base64, "secretsKey"));
            return this;
        }

        /** A private H2 database in memory, through the same persistence adapter; gone on {@link #close()}. */
        public Builder inMemory() {
            inMemory = true;
            return this;
        }

        /** The token {@code authenticateAdmin} accepts for every workspace; without one, no bearer is root. */
        public Builder rootAdminToken(String value) {
            rootAdminToken = Optional.of(Objects.requireNonNull(value, "rootAdminToken"));
            return this;
        }

        /** The clock the use cases read; the system's UTC clock by default. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How long a visitor token lasts: {@code idle} without use (each use restarts it) and {@code
         * max} after it was issued; 30 and 400 days by default. Each is at least a minute.
         */
        public Builder sessionLifetime(Duration idle, Duration max) {
            sessionLifetime = new SessionLifetime(idle, max);
            return this;
        }

        /** Migrates the database and assembles the use cases. */
        public VisitorIdentity build() {
            if (inMemory == dataSource.isPresent()) {
                throw new IllegalStateException("choose exactly one database: dataSource(...) or inMemory()");
            }
            if (dataSource.isPresent() && secretsKey.isEmpty()) {
                throw new IllegalStateException(
                        "a dataSource(...) needs its secretsKey(...): base64 of 32 random bytes,"
                                + " the same on every start (for example the output of `openssl rand -base64 32`)");
            }
            Optional<HikariDataSource> ownDatabase = inMemory
                    ? Optional.of(DataSources.pooled(
                            "jdbc:h2:mem:visitor-identity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""))
                    : Optional.empty();
            DataSource database = inMemory ? ownDatabase.orElseThrow() : dataSource.orElseThrow();
            String key = secretsKey.orElseGet(Builder::randomKey);
            VisitorIdentityModule module =
                    new VisitorIdentityModule(database, key).withClock(clock).withSessionLifetime(sessionLifetime);
            if (rootAdminToken.isPresent()) {
                module = module.withRootAdminToken(rootAdminToken.get());
            }
            try {
                return new VisitorIdentity(Guice.createInjector(module).getInstance(UseCases.class), ownDatabase);
            } catch (ProvisionException e) {
                ownDatabase.ifPresent(HikariDataSource::close);
                // The host sees what failed (a migration, a connection), not Guice's wrapper.
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private static String randomKey() {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        }
    }
}
