package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/** What PostgreSQL adds to the contract: metadata as jsonb, and commits flushed before they return. */
class PostgresSchemaTest {
    private static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_schema");

    private static PostgresDatabase database;
    private static HikariDataSource pool;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        database = PostgresDatabase.freshSchema();
        pool = database.pool();
        persistence = JdbiPersistence.open(pool, H2Files.SECRETS_KEY);
        persistence.workspaces().insert(StorageFixtures.workspace(WORKSPACE));
    }

    @AfterAll
    static void close() throws SQLException {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void metadataIsAlsoStoredAsJsonbForSqlQueries() throws SQLException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("plan", new JsonString("pro"));
        members.put("seats", new JsonNumber("12"));
        Visitor visitor = Visitor.start(VisitorId.of("v_jsonb"), WORKSPACE, Instant.EPOCH)
                .withMetadata(StorageFixtures.metadata(members));
        persistence.visitors().insert(visitor);

        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT pg_typeof(metadata_json)::text,"
                        + " metadata_json ->> 'plan', (metadata_json -> 'seats')::int FROM visitors WHERE id = ?")) {
            query.setString(1, visitor.id().value());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("jsonb");
                assertThat(row.getString(2)).isEqualTo("pro");
                assertThat(row.getInt(3)).isEqualTo(12);
            }
        }
        assertThat(persistence
                        .visitors()
                        .findById(WORKSPACE, visitor.id())
                        .orElseThrow()
                        .metadata())
                .isEqualTo(visitor.metadata());
    }

    @Test
    void pooledConnectionsCommitSynchronously() throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("on");
        }
    }

    @Test
    void aStartedVisitorsTokenIsStoredAsItsHashOnly() throws SQLException {
        persistence
                .visitors()
                .start(
                        Visitor.start(VisitorId.of("v_token"), WORKSPACE, Instant.EPOCH),
                        AnonymousId.of("anon_token"),
                        SecretHash.of("the-visitor-token"));

        try (Connection connection = pool.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT token_hash FROM anonymous_ids WHERE anonymous_id = ?")) {
            query.setString(1, "anon_token");
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1))
                        .isEqualTo(SecretHash.of("the-visitor-token").hex());
            }
        }
    }
}
