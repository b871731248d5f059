package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The pool settings that durability, lock waits and statement reuse depend on. */
class DataSourcesTest {

    @Test
    void theDefaultH2UrlIsAFileInTheDataDirectoryWithoutWriteDelay() {
        Path directory = Path.of("data");

        String url = DataSources.defaultH2Url(directory);

        assertThat(url)
                .startsWith("jdbc:h2:file:" + directory.toAbsolutePath().resolve("visitor-identity") + ";")
                .contains(";WRITE_DELAY=0");
    }

    @Test
    void anH2FileUrlWithoutAWriteDelayGetsNone() {
        assertThat(DataSources.withH2Settings("jdbc:h2:file:./data/db")).contains(";WRITE_DELAY=0");
    }

    @Test
    void anH2FileUrlAskingForAWriteDelayIsRefused() {
        assertThatThrownBy(() -> DataSources.withH2Settings("jdbc:h2:file:./data/db;write_delay=500"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WRITE_DELAY=0");
    }

    @Test
    void anInMemoryH2UrlNeedsNoWriteDelaySetting() {
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test")).doesNotContain("WRITE_DELAY");
    }

    @Test
    void anH2LockTimeoutIsKeptWhenGivenAndTenSecondsOtherwise() {
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test")).contains(";LOCK_TIMEOUT=10000");
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test;Lock_Timeout=500"))
                .contains(";Lock_Timeout=500")
                .doesNotContain("LOCK_TIMEOUT");
    }

    @Test
    void anH2ConnectionKeepsEnoughParsedStatementsForAnIdentifyUnlessToldOtherwise() {
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test")).contains(";QUERY_CACHE_SIZE=64");
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test;query_cache_size=16"))
                .contains(";query_cache_size=16")
                .doesNotContain("QUERY_CACHE_SIZE");
    }

    @Test
    void aPooledH2FileDatabaseWritesEveryCommitBeforeItReturns() throws Exception {
        assertThat(settingOfAPooledH2FileDatabase("WRITE_DELAY")).isEqualTo("0");
    }

    @Test
    void aPooledH2FileDatabaseKeeps64ParsedStatementsPerConnection() throws Exception {
        assertThat(settingOfAPooledH2FileDatabase("QUERY_CACHE_SIZE")).isEqualTo("64");
    }

    private static String settingOfAPooledH2FileDatabase(String name) throws Exception {
        Path directory = H2Files.newDirectory("settings");
        try (HikariDataSource pool = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "");
                Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet setting = statement.executeQuery()) {
                assertThat(setting.next()).isTrue();
                return setting.getString(1);
            }
        }
    }

    @Test
    void aPooledPostgresConnectionPreparesAStatementOnTheServerAtItsFirstUseAndKeepsIt() throws Exception {
        PostgresDatabase database = PostgresDatabase.freshSchema();
        try (HikariDataSource pool = database.pool()) {
            Jdbi jdbi = Jdbi.create(pool);
            for (int use = 1; use <= 3; use++) {
                int value = use;
                jdbi.useHandle(handle -> handle.createQuery("SELECT 40 + :value")
                        .bind("value", value)
                        .mapTo(Integer.class)
                        .one());
                // The pool hands this thread the connection it used last, where the statement was prepared.
                int prepared = jdbi.withHandle(handle -> handle.createQuery(
                                "SELECT count(*) FROM pg_prepared_statements WHERE statement = 'SELECT 40 + $1'")
                        .mapTo(Integer.class)
                        .one());
                assertThat(prepared).as("use %d", use).isEqualTo(1);
            }
        } finally {
            database.drop();
        }
    }
}
