package visitoridentity.benchmarks.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import visitoridentity.adapters.persistence.DataSources;

/**
 * Fills a workspace of a stopped server's H2 database with {@code count} more visitors, fast: one
 * {@code INSERT ... SELECT} over {@code SYSTEM_RANGE} per batch and table, committed per batch,
 * with rows shaped like the server's own (a verified external id, an unverified email, a token hash
 * per anonymous id, small metadata), so every index the server uses grows with them. The
 * database is opened as the server opens it (no user, no password).
 *
 * <p>Usage: {@code java -cp benchmarks.jar visitoridentity.benchmarks.load.VisitorSeeder <data
 * directory> <workspace id> <count>}
 */
public final class VisitorSeeder {
    private static final int BATCH = 50_000;
    private static final String VISITORS = "INSERT INTO visitors (workspace_id, id, external_id, external_id_trust,"
            + " trusted_external_id, email, email_trust, metadata, created_at, updated_at, last_seen_at, version)"
            + " SELECT ?, 'v_seed_' || X, 'seed_user_' || X, 'VERIFIED', 'seed_user_' || X,"
            + " 'seed' || X || '@example.com', 'UNVERIFIED', '{\"plan\":\"free\",\"visits\":' || MOD(X, 97) || '}',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(?, ?)";
    private static final String ANONYMOUS_IDS = "INSERT INTO anonymous_ids (workspace_id, anonymous_id, visitor_id,"
            + " token_hash, token_issued_at, token_used_at) SELECT ?, 'anon_seed_' || X, 'v_seed_' || X,"
            + " LOWER(RAWTOHEX(HASH('SHA-256', 'seed-token-' || X))), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
            + " FROM SYSTEM_RANGE(?, ?)";

    private VisitorSeeder() {}

    public static void main(String[] args) throws SQLException {
        Path dataDirectory = Path.of(args[0]);
        String workspaceId = args[1];
        long count = Long.parseLong(args[2]);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(DataSources.defaultH2Url(dataDirectory), "", "")) {
            connection.setAutoCommit(false);
            for (long first = 1; first <= count; first += BATCH) {
                long last = Math.min(count, first + BATCH - 1);
                insert(connection, VISITORS, workspaceId, first, last);
                insert(connection, ANONYMOUS_IDS, workspaceId, first, last);
                connection.commit();
            }
        }
        System.out.printf("seeded %d visitors in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void insert(Connection connection, String sql, String workspaceId, long first, long last)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, workspaceId);
            insert.setLong(2, first);
            insert.setLong(3, last);
            insert.executeUpdate();
        }
    }
}
