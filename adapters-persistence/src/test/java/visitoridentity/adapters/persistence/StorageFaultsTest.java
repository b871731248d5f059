package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.CorruptStoredDataException;
import visitoridentity.application.port.StorageUnavailableException;
import visitoridentity.domain.error.VisitorIdentityException;
import visitoridentity.domain.id.WorkspaceId;

/** Failures that are not the caller's: an unreachable database, a damaged row. */
class StorageFaultsTest {
    @Test
    void noConnectionWithinThePoolTimeoutIsUnavailable() {
        RuntimeException failure = new ConnectionException(new SQLTransientConnectionException("timed out"));

        assertThat(SqlFailures.translate(failure)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void aBrokenConnectionIsUnavailable() {
        RuntimeException failure = new IllegalStateException(new SQLException("I/O error", "08006"));

        assertThat(SqlFailures.translate(failure)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void aForeignKeyRaceIsRetriedNotBlamedOnTheCaller() {
        RuntimeException failure = new IllegalStateException(new SQLException("fk", "23503"));

        assertThat(SqlFailures.translate(failure)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void anyOtherSqlErrorStaysAServerErrorAndNeverAnInvalidField() {
        RuntimeException failure = new IllegalStateException(new SQLException("value too long", "22001"));

        assertThat(SqlFailures.translate(failure)).isSameAs(failure).isNotInstanceOf(VisitorIdentityException.class);
    }

    @Test
    void aStoredRowThatBreaksADomainRuleIsCorruptDataNamedByItsKey() throws SQLException {
        try (HikariDataSource pool =
                        DataSources.pooled(DataSources.defaultH2Url(H2Files.newDirectory("corrupt")), "sa", "");
                JdbiPersistence persistence = JdbiPersistence.open(pool, H2Files.SECRETS_KEY)) {
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO workspaces (id, name, verification_mode, metadata_max, metadata_unit,"
                        + " metadata_overflow, admin_key_hash, created_at) VALUES ('ws_corrupt', '  ', 'REQUIRED',"
                        + " 4096, 'BYTES', 'REJECT', '" + "0".repeat(64) + "', TIMESTAMP WITH TIME ZONE"
                        + " '2026-01-01 00:00:00+00')");
            }

            assertThatThrownBy(() -> persistence.workspaces().findById(WorkspaceId.of("ws_corrupt")))
                    .isInstanceOf(CorruptStoredDataException.class)
                    .hasMessageContaining("workspaces(id=ws_corrupt)");
        }
    }
}
