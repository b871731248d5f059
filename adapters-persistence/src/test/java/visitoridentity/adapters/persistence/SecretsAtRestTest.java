package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** Signing secrets are sealed with AES-GCM in the database: never in clear in its files. */
class SecretsAtRestTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SECRET = "whsec_known_to_the_grep_0123456789";
    private static final SecretsKey OTHER_KEY = SecretsKey.fromBase64("b3RoZXItc2VjcmV0cy1rZXktMDEyMzQ1Njc4OWFiY2Q=");

    @Test
    void aKnownSecretIsNowhereInTheDatabaseFiles() throws IOException {
        Path directory = H2Files.newDirectory("secrets-at-rest");
        WorkspaceId workspace = WorkspaceId.of("ws_grep");
        try (JdbiPersistence persistence = H2Files.open(directory)) {
            persistence.workspaces().insert(StorageFixtures.workspace(workspace));
            persistence.signingKeys().save(workspace, SigningKeyRing.of(new SigningSecret(SECRET), T0));

            assertThat(persistence
                            .signingKeys()
                            .findByWorkspace(workspace)
                            .orElseThrow()
                            .active()
                            .secret())
                    .isEqualTo(new SigningSecret(SECRET));
        }

        assertThat(filesContaining(directory, SECRET)).isEmpty();
        assertThat(filesContaining(directory, "ws_grep")).isNotEmpty(); // the grep does see what is in clear
    }

    @Test
    void theMigrationSealsTheSecretsStoredInClearBeforeIt() throws SQLException, IOException {
        Path directory = H2Files.newDirectory("secrets-migration");
        try (HikariDataSource pool = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "")) {
            Database.H2.migrations(pool, H2Files.SECRETS_KEY).target("1").load().migrate();
            insertWorkspaceWithSecretInClear(pool, "ws_before", SECRET);
        }

        try (JdbiPersistence persistence = H2Files.open(directory)) {
            assertThat(persistence
                            .signingKeys()
                            .findByWorkspace(WorkspaceId.of("ws_before"))
                            .orElseThrow()
                            .active()
                            .secret())
                    .isEqualTo(new SigningSecret(SECRET));
        }
        assertThat(filesContaining(directory, SECRET)).isEmpty();
    }

    @Test
    void anotherKeyCannotOpenTheSecretsAndSaysWhichSettingIsWrong() {
        Path directory = H2Files.newDirectory("secrets-other-key");
        WorkspaceId workspace = WorkspaceId.of("ws_key");
        try (JdbiPersistence persistence = H2Files.open(directory)) {
            persistence.workspaces().insert(StorageFixtures.workspace(workspace));
            persistence.signingKeys().save(workspace, SigningKeyRing.of(new SigningSecret(SECRET), T0));
        }

        try (JdbiPersistence persistence =
                JdbiPersistence.open(DataSources.pooled(DataSources.defaultH2Url(directory), "sa", ""), OTHER_KEY)) {
            assertThatThrownBy(() -> persistence.signingKeys().findByWorkspace(workspace))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("VISITOR_IDENTITY_SECRETS_KEY")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void aSealedSecretMovedToAnotherWorkspaceDoesNotOpen() {
        SealedSecrets sealed = new SealedSecrets(H2Files.SECRETS_KEY);
        String stored = sealed.seal(SECRET, "ws_a");

        assertThat(sealed.open(stored, "ws_a")).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealed.open(stored, "ws_b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfAnyLengthButThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> SecretsKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretsKey.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SecretsKey.of(new byte[32]).toString()).doesNotContain("AAAA");
    }

    private static void insertWorkspaceWithSecretInClear(HikariDataSource pool, String id, String secret)
            throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                PreparedStatement key = connection.prepareStatement(
                        "INSERT INTO signing_keys (workspace_id, position, active, secret, created_at)"
                                + " VALUES (?, 0, true, ?, ?)")) {
            statement.execute("INSERT INTO workspaces (id, name, verification_mode, metadata_max, metadata_unit,"
                    + " metadata_overflow, admin_key_hash, created_at) VALUES ('" + id + "', 'Before', 'REQUIRED',"
                    + " 4096, 'BYTES', 'REJECT', '" + "0".repeat(64) + "', TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-01 00:00:00+00')");
            key.setString(1, id);
            key.setString(2, secret);
            key.setTimestamp(3, Timestamp.from(T0));
            key.executeUpdate();
        }
    }

    private static List<Path> filesContaining(Path directory, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> contains(read(file), needle))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
