package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The pool settings that durability and lock waits depend on. */
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
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test")).endsWith(";LOCK_TIMEOUT=10000");
        assertThat(DataSources.withH2Settings("jdbc:h2:mem:test;Lock_Timeout=500"))
                .isEqualTo("jdbc:h2:mem:test;Lock_Timeout=500");
    }

    @Test
    void aPooledH2FileDatabaseWritesEveryCommitBeforeItReturns() throws Exception {
        Path directory = H2Files.newDirectory("settings");
        try (HikariDataSource pool = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "");
                Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }
}
