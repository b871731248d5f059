package visitoridentity.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Connection pools set up for what the adapter promises: a write is durable once its commit
 * returned (see docs/persistence.md), and a connection is handed out within a few seconds or not at
 * all.
 */
public final class DataSources {
    /** The H2 setting that makes each commit write the database file before it returns. */
    static final String H2_WRITE_DELAY = "WRITE_DELAY";
    /** How long an H2 statement waits for a row lock held by another transaction. */
    static final String H2_LOCK_TIMEOUT = "LOCK_TIMEOUT";
    /** How many parsed statements each H2 connection keeps for reuse. */
    static final String H2_QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";
    /**
     * What H2 writes to a {@code .trace.db} file beside the database: nothing, since every failure
     * reaches the caller (and the server's log) as an exception anyway.
     */
    static final String H2_TRACE_LEVEL_FILE = "TRACE_LEVEL_FILE";
    /**
     * H2 keeps 8 parsed statements per connection by default; an identify runs about 15 distinct ones
     * in turn, so with 8 every statement was parsed again (a fifth of an identify's time on H2).
     */
    static final int H2_STATEMENTS_KEPT = 64;

    /**
     * PgJDBC parses a statement on the server as a named prepared statement from its first
     * execution on a connection (the default waits for the fifth) and keeps it there for the
     * connection's life: every later execution sends only the bound values. A returning identify runs
     * four distinct statements; a connection keeps up to {@value #PG_STATEMENTS_KEPT} of them.
     */
    static final int PG_PREPARE_THRESHOLD = 1;

    static final int PG_STATEMENTS_KEPT = 256;
    static final int PG_STATEMENT_CACHE_MIB = 5;

    private static final int MAX_POOL_SIZE = 10;
    private static final long CONNECTION_TIMEOUT_MILLIS = 5_000;
    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private DataSources() {}

    /**
     * A pool of at most 10 connections, failing after 5 s without a free connection. On H2 a database in a file gets {@code WRITE_DELAY=0} (a commit returns only once
     * written to the file) and one that asks for another write delay is refused; every H2 database
     * waits up to 10 s for a row lock, keeps 64 parsed statements per connection and writes no
     * {@code .trace.db} file. On PostgreSQL each connection sets {@code synchronous_commit}
     * on (a commit returns only once its WAL is flushed to disk), error messages leave out the
     * row values, statements are prepared on the server from their first use and stay prepared
     * (up to 256 per connection), and the pool keeps its 10 connections open. Settings given in the
     * URL win over these.
     */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("visitor-identity");
        config.setJdbcUrl(jdbcUrl.startsWith(H2_PREFIX) ? withH2Settings(jdbcUrl) : jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        // The level each transaction asks for anyway (see Database), so connections need not switch.
        config.setTransactionIsolation(
                jdbcUrl.startsWith(H2_PREFIX) ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED");
        if (jdbcUrl.startsWith(POSTGRESQL_PREFIX)) {
            config.setConnectionInitSql("SET synchronous_commit = on");
            config.addDataSourceProperty("logServerErrorDetail", "false");
            config.addDataSourceProperty("ApplicationName", "visitor-identity");
            config.addDataSourceProperty("prepareThreshold", String.valueOf(PG_PREPARE_THRESHOLD));
            config.addDataSourceProperty("preparedStatementCacheQueries", String.valueOf(PG_STATEMENTS_KEPT));
            config.addDataSourceProperty("preparedStatementCacheSizeMiB", String.valueOf(PG_STATEMENT_CACHE_MIB));
            // A fixed pool: a connection opened under load would start with no statement prepared,
            // and one closed when idle would take its prepared statements with it.
            config.setMinimumIdle(MAX_POOL_SIZE);
        }
        return new HikariDataSource(config);
    }

    /** The embedded default: an H2 database in the file {@code visitor-identity.mv.db} of the directory. */
    public static String defaultH2Url(Path dataDirectory) {
        return withH2Settings(
                H2_PREFIX + "file:" + dataDirectory.toAbsolutePath().normalize().resolve("visitor-identity"));
    }

    static String withH2Settings(String jdbcUrl) {
        String url = jdbcUrl;
        if (!isInMemory(url)) {
            String writeDelay = h2Setting(url, H2_WRITE_DELAY);
            if (writeDelay == null) {
                url += ";" + H2_WRITE_DELAY + "=0";
            } else if (!writeDelay.equals("0")) {
                throw new IllegalArgumentException("an H2 file database needs " + H2_WRITE_DELAY
                        + "=0: with a delay, a crash right after a commit loses it");
            }
        }
        if (h2Setting(url, H2_QUERY_CACHE_SIZE) == null) {
            url += ";" + H2_QUERY_CACHE_SIZE + "=" + H2_STATEMENTS_KEPT;
        }
        if (h2Setting(url, H2_LOCK_TIMEOUT) == null) {
            url += ";" + H2_LOCK_TIMEOUT + "=10000";
        }
        if (h2Setting(url, H2_TRACE_LEVEL_FILE) == null) {
            url += ";" + H2_TRACE_LEVEL_FILE + "=0";
        }
        return url;
    }

    private static boolean isInMemory(String h2Url) {
        return h2Url.startsWith(H2_PREFIX + "mem:");
    }

    /** The value of a {@code ;NAME=value} setting of an H2 URL (names are case-insensitive), or null. */
    private static String h2Setting(String h2Url, String name) {
        String[] parts = h2Url.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0
                    && parts[i].substring(0, equals)
                            .strip()
                            .toUpperCase(Locale.ROOT)
                            .equals(name)) {
                return parts[i].substring(equals + 1).strip();
            }
        }
        return null;
    }
}
