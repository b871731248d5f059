package visitoridentity.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.adapters.http.web.RateLimit;

class ServerConfigurationTest {
    private static final String TOKEN = "a-root-token-of-at-least-32-characters";
    private static final String SECRETS_KEY = "Y29uZmlndXJhdGlvbi10ZXN0LXNlY3JldHMta2V5LTE=";

    @TempDir
    Path directory;

    @Test
    void withNothingSetItServesPort8080OnAnH2FileUnderData() {
        ServerConfiguration configuration = ServerConfiguration.of(Map.of());

        assertThat(configuration.port()).isEqualTo(8080);
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(configuration.databaseUrl())
                .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("visitor-identity"));
        assertThat(configuration.usesH2()).isTrue();
        assertThat(configuration.adminToken()).isEmpty();
        assertThat(configuration.databaseUser()).isEmpty();
    }

    @Test
    void readsEverySettingFromItsVariable() {
        ServerConfiguration configuration = ServerConfiguration.of(Map.of(
                "VISITOR_IDENTITY_PORT", "9090",
                "VISITOR_IDENTITY_DB_URL", "jdbc:postgresql://db:5432/identity",
                "VISITOR_IDENTITY_DB_USER", "identity",
                "VISITOR_IDENTITY_DB_PASSWORD", "pw",
                "VISITOR_IDENTITY_ADMIN_TOKEN", TOKEN,
                "VISITOR_IDENTITY_DATA_DIR", directory.toString(),
                "VISITOR_IDENTITY_BIND", "127.0.0.1",
                "VISITOR_IDENTITY_SECRETS_KEY", SECRETS_KEY,
                "VISITOR_IDENTITY_VISITOR_START_RATE", "5/m,burst=50",
                "VISITOR_IDENTITY_ANONYMOUS_RETENTION", "12h"));

        assertThat(configuration.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(configuration.secretsKey().orElseThrow().toBase64()).isEqualTo(SECRETS_KEY);
        assertThat(configuration.visitorStartRate()).isEqualTo(new RateLimit(5, Duration.ofMinutes(1), 50));
        assertThat(configuration.anonymousRetention()).isEqualTo(Duration.ofHours(12));
        assertThat(configuration.toString()).doesNotContain(SECRETS_KEY);

        assertThat(configuration.port()).isEqualTo(9090);
        assertThat(configuration.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/identity");
        assertThat(configuration.usesH2()).isFalse();
        assertThat(configuration.databaseUser()).contains("identity");
        assertThat(configuration.databasePassword()).contains("pw");
        assertThat(configuration.adminToken()).contains(TOKEN);
        assertThat(configuration.dataDirectory()).isEqualTo(directory);
    }

    @Test
    void theDefaultDatabaseFollowsTheDataDirectory() {
        ServerConfiguration configuration =
                ServerConfiguration.of(Map.of("VISITOR_IDENTITY_DATA_DIR", directory.toString()));

        assertThat(configuration.databaseUrl()).startsWith("jdbc:h2:file:" + directory.resolve("visitor-identity"));
    }

    @Test
    void aBlankVariableCountsAsUnset() {
        ServerConfiguration configuration =
                ServerConfiguration.of(Map.of("VISITOR_IDENTITY_PORT", " ", "VISITOR_IDENTITY_ADMIN_TOKEN", ""));

        assertThat(configuration.port()).isEqualTo(8080);
        assertThat(configuration.adminToken()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceAndNamesItsVariable() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of(
                        "VISITOR_IDENTITY_PORT", "eighty",
                        "VISITOR_IDENTITY_DB_URL", "mysql://somewhere",
                        "VISITOR_IDENTITY_ADMIN_TOKEN", "short")))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "VISITOR_IDENTITY_PORT must be a port number from 0 to 65535, not 'eighty'",
                                        "VISITOR_IDENTITY_DB_URL must start with jdbc:h2: or jdbc:postgresql:",
                                        "VISITOR_IDENTITY_ADMIN_TOKEN must be at least 32 characters without spaces"
                                                + " (for example the output of `openssl rand -hex 32`)"));
    }

    @Test
    void theFaultSettingsHaveTheirDefaults() {
        ServerConfiguration configuration = ServerConfiguration.of(Map.of());

        assertThat(configuration.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(configuration.secretsKey()).isEmpty();
        assertThat(configuration.visitorStartRate()).isEqualTo(new RateLimit(20, Duration.ofSeconds(1), 100));
        assertThat(configuration.anonymousRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aRateWithoutBurstBurstsItsOwnRate() {
        assertThat(ServerConfiguration.of(Map.of("VISITOR_IDENTITY_VISITOR_START_RATE", "7/h"))
                        .visitorStartRate())
                .isEqualTo(new RateLimit(7, Duration.ofHours(1), 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "0/s", "20/d", "20/s,burst=0", "-1/s", "20/s burst 100", "99999999999/s"})
    void aMalformedRateIsRefusedAndEchoed(String rate) {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_VISITOR_START_RATE", rate)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_VISITOR_START_RATE must look like 20/s,burst=100")
                .hasMessageContaining(rate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "0d", "30 days", "P30D", "1w"})
    void aMalformedRetentionIsRefused(String retention) {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_ANONYMOUS_RETENTION", retention)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_ANONYMOUS_RETENTION must look like 30d");
    }

    @Test
    void aSecretsKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_SECRETS_KEY", "c2hvcnQta2V5")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_SECRETS_KEY must be base64 of 32 bytes")
                .hasMessageNotContaining("c2hvcnQta2V5");
    }

    @Test
    void postgresqlNeedsASecretsKey() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of(
                        "VISITOR_IDENTITY_DB_URL",
                        "jdbc:postgresql://db:5432/identity",
                        "VISITOR_IDENTITY_ADMIN_TOKEN",
                        TOKEN)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_SECRETS_KEY must be set when the database is PostgreSQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0 ; rm", "local host", "[::1]/x"})
    void aBindAddressThatIsNeitherAnAddressNorAHostNameIsRefused(String bind) {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_BIND", bind)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_BIND must be an IP address or a host name");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_PORT", "65536")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_PORT must be a port number from 0 to 65535");
    }

    @Test
    void aBadDatabaseUrlIsNotEchoedBecauseItMayHoldAPassword() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_DB_URL", "oracle:pw=hunter2")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void theEnvironmentWinsOverTheFile() throws IOException {
        Path file = Files.writeString(
                directory.resolve("server.properties"),
                "VISITOR_IDENTITY_PORT=7000\nVISITOR_IDENTITY_DB_USER=from-file\n");

        ServerConfiguration configuration =
                ServerConfiguration.load(Map.of("VISITOR_IDENTITY_PORT", "7001"), Optional.of(file));

        assertThat(configuration.port()).isEqualTo(7001);
        assertThat(configuration.databaseUser()).contains("from-file");
    }

    @Test
    void otherEnvironmentVariablesAreIgnored() {
        ServerConfiguration configuration = ServerConfiguration.load(
                Map.of("VISITOR_IDENTITY_TEST_PG_URL", "jdbc:postgresql://x/y", "HOME", "/root"), Optional.empty());

        assertThat(configuration.usesH2()).isTrue();
    }

    @Test
    void anUnknownKeyInTheFileIsRefusedSoATypoIsNotSilentlyIgnored() throws IOException {
        Path file = Files.writeString(directory.resolve("server.properties"), "VISITOR_IDENTITY_PROT=7000\n");

        assertThatThrownBy(() -> ServerConfiguration.load(Map.of(), Optional.of(file)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("unknown setting VISITOR_IDENTITY_PROT in " + file)
                .hasMessageContaining("VISITOR_IDENTITY_PORT");
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = directory.resolve("nowhere.properties");

        assertThatThrownBy(() -> ServerConfiguration.load(Map.of(), Optional.of(missing)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("cannot read the configuration file " + missing);
    }

    @Test
    void itsTextShowsNeitherThePasswordNorTheToken() {
        ServerConfiguration configuration = ServerConfiguration.of(
                Map.of("VISITOR_IDENTITY_DB_PASSWORD", "hunter2-password", "VISITOR_IDENTITY_ADMIN_TOKEN", TOKEN));

        assertThat(configuration.toString()).doesNotContain("hunter2-password").doesNotContain(TOKEN);
    }

    @Test
    void theDemoPageIsOnByDefaultOnH2AndOffOnPostgresql() {
        assertThat(ServerConfiguration.of(Map.of()).demo()).isTrue();
        assertThat(ServerConfiguration.of(Map.of(
                                "VISITOR_IDENTITY_DB_URL",
                                "jdbc:postgresql://localhost:5432/x",
                                "VISITOR_IDENTITY_ADMIN_TOKEN",
                                TOKEN,
                                "VISITOR_IDENTITY_SECRETS_KEY",
                                "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4="))
                        .demo())
                .isFalse();
        assertThat(ServerConfiguration.of(Map.of("VISITOR_IDENTITY_DEMO", "FALSE"))
                        .demo())
                .isFalse();
    }

    @Test
    void theDemoPageNeedsH2AndTrueOrFalse() {
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of(
                        "VISITOR_IDENTITY_DB_URL", "jdbc:postgresql://localhost:5432/x",
                        "VISITOR_IDENTITY_DEMO", "true")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_DEMO=true needs the embedded H2 database");
        assertThatThrownBy(() -> ServerConfiguration.of(Map.of("VISITOR_IDENTITY_DEMO", "yes")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VISITOR_IDENTITY_DEMO must be true or false, not 'yes'");
    }
}
