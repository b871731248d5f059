package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.application.retention.SweepAnonymousVisitors;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/** The retention sweep, on a controllable clock, against H2 and (when reachable) PostgreSQL. */
class AnonymousVisitorSweepTest {
    private static final Instant T0 = StorageFixtures.T0;
    private static final Duration RETENTION = Duration.ofDays(30);

    @Test
    void onH2OnlyNeverIdentifiedVisitorsUnseenForTheRetentionGoWithTheirTokens() {
        try (JdbiPersistence persistence = H2Files.open(H2Files.newDirectory("sweep"))) {
            sweepsOnlyWhatIsDue(persistence);
        }
    }

    @Test
    void onPostgresqlOnlyNeverIdentifiedVisitorsUnseenForTheRetentionGoWithTheirTokens() throws SQLException {
        PostgresDatabase database = PostgresDatabase.freshSchema();
        try (JdbiPersistence persistence = database.open()) {
            sweepsOnlyWhatIsDue(persistence);
        } finally {
            database.drop();
        }
    }

    @Test
    void onPostgresqlAnInstanceThatCannotTakeTheLockSweepsNothing() throws SQLException {
        PostgresDatabase database = PostgresDatabase.freshSchema();
        String url =
                Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_URL"), PostgresDatabase.DEFAULT_URL);
        String user = Objects.requireNonNullElse(System.getenv("VISITOR_IDENTITY_TEST_PG_USER"), "postgres");
        try (JdbiPersistence persistence = database.open();
                Connection otherInstance = DriverManager.getConnection(url, user, null);
                Statement statement = otherInstance.createStatement()) {
            WorkspaceId workspace = WorkspaceId.of("ws_locked");
            persistence.workspaces().insert(StorageFixtures.workspace(workspace));
            start(persistence, workspace, "v_old", T0, "token-old");
            statement.execute("SELECT pg_advisory_lock(" + JdbiAnonymousVisitorRepository.SWEEP_LOCK + ")");

            assertThat(persistence.anonymousVisitors().deleteNeverIdentified(T0.plus(Duration.ofDays(1)), 10))
                    .isZero();

            statement.execute("SELECT pg_advisory_unlock(" + JdbiAnonymousVisitorRepository.SWEEP_LOCK + ")");
            assertThat(persistence.anonymousVisitors().deleteNeverIdentified(T0.plus(Duration.ofDays(1)), 10))
                    .isEqualTo(1);
        } finally {
            database.drop();
        }
    }

    private static void sweepsOnlyWhatIsDue(JdbiPersistence persistence) {
        WorkspaceId workspace = WorkspaceId.of("ws_sweep");
        persistence.workspaces().insert(StorageFixtures.workspace(workspace));
        start(persistence, workspace, "v_stale", T0, "token-stale");
        start(persistence, workspace, "v_recent", T0.plus(Duration.ofDays(20)), "token-recent");
        Visitor identified = start(persistence, workspace, "v_identified", T0, "token-identified");
        persistence
                .visitors()
                .update(identified.withMetadata(StorageFixtures.metadata(Map.of("plan", new JsonString("pro")))));
        MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(29)));
        SweepAnonymousVisitors sweep = new SweepAnonymousVisitors(persistence.anonymousVisitors(), clock, RETENTION);

        assertThat(sweep.sweep()).isZero();

        clock.advance(Duration.ofDays(2));
        assertThat(sweep.sweep()).isEqualTo(1);

        assertThat(persistence.visitors().findById(workspace, VisitorId.of("v_stale")))
                .isEmpty();
        assertThat(persistence.visitorTokens().findLive(workspace, SecretHash.of("token-stale")))
                .isEmpty();
        assertThat(persistence.visitors().findById(workspace, VisitorId.of("v_recent")))
                .isPresent();
        assertThat(persistence.visitors().findById(workspace, VisitorId.of("v_identified")))
                .isPresent();
        assertThat(persistence.visitorTokens().findLive(workspace, SecretHash.of("token-recent")))
                .isPresent();
    }

    private static Visitor start(
            JdbiPersistence persistence, WorkspaceId workspace, String id, Instant seen, String token) {
        Visitor visitor = Visitor.start(VisitorId.of(id), workspace, seen);
        persistence.visitors().start(visitor, AnonymousId.of("anon_" + id), SecretHash.of(token));
        return visitor;
    }
}
