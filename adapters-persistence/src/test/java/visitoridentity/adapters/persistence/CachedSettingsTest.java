package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * The settings cache forgets what is written: through this instance at once, through another
 * instance on PostgreSQL by its notification. The entries here live an hour, so only the
 * notification can make the other instance see a change within the test's few seconds.
 */
class CachedSettingsTest {
    private static final Duration AN_HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aWriteThroughTheCacheIsReadBackAtOnceOnH2() {
        try (JdbiPersistence persistence = H2Files.open(H2Files.newDirectory("cached-settings"))) {
            CachedSettings settings = CachedSettings.over(persistence, AN_HOUR);
            Workspace workspace = newWorkspace(VerificationMode.DISABLED);
            settings.workspaces().insert(workspace);
            settings.signingKeys().save(workspace.id(), ring("whsec_first_secret_0123456789"));
            assertThat(settings.workspaces()
                            .findById(workspace.id())
                            .orElseThrow()
                            .verificationMode())
                    .isEqualTo(VerificationMode.DISABLED);
            assertThat(settings.signingKeys().findByWorkspace(workspace.id())).isPresent();

            settings.workspaces().update(withMode(workspace, VerificationMode.REQUIRED));
            settings.signingKeys().save(workspace.id(), ring("whsec_second_secret_0123456789"));

            assertThat(settings.workspaces()
                            .findById(workspace.id())
                            .orElseThrow()
                            .verificationMode())
                    .isEqualTo(VerificationMode.REQUIRED);
            assertThat(settings.signingKeys().findByWorkspace(workspace.id()))
                    .contains(ring("whsec_second_secret_0123456789"));
        }
    }

    @Test
    void aWriteOnOneInstanceIsSeenByAnotherOnPostgres() throws SQLException, InterruptedException {
        PostgresDatabase database = PostgresDatabase.freshSchema();
        try (JdbiPersistence one = database.open();
                JdbiPersistence other = database.open()) {
            CachedSettings writer = CachedSettings.over(one, AN_HOUR);
            CachedSettings reader = CachedSettings.over(other, AN_HOUR);
            Workspace workspace = newWorkspace(VerificationMode.DISABLED);
            writer.workspaces().insert(workspace);
            writer.signingKeys().save(workspace.id(), ring("whsec_first_secret_0123456789"));
            assertThat(reader.workspaces()
                            .findById(workspace.id())
                            .orElseThrow()
                            .verificationMode())
                    .isEqualTo(VerificationMode.DISABLED);
            assertThat(reader.signingKeys().findByWorkspace(workspace.id()))
                    .contains(ring("whsec_first_secret_0123456789"));

            writer.workspaces().update(withMode(workspace, VerificationMode.REQUIRED));
            writer.signingKeys().save(workspace.id(), ring("whsec_second_secret_0123456789"));

            assertThat(eventually(() -> reader.workspaces()
                            .findById(workspace.id())
                            .map(Workspace::verificationMode)
                            .filter(VerificationMode.REQUIRED::equals)))
                    .isTrue();
            assertThat(eventually(() -> reader.signingKeys()
                            .findByWorkspace(workspace.id())
                            .filter(ring("whsec_second_secret_0123456789")::equals)))
                    .isTrue();
        } finally {
            database.drop();
        }
    }

    /** Whether the value shows up within five seconds. */
    private static boolean eventually(Supplier<Optional<?>> value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (value.get().isPresent()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Workspace newWorkspace(VerificationMode mode) {
        return new Workspace(
                new UniqueIdentifiers().newWorkspaceId(),
                WorkspaceName.of("Shop"),
                mode,
                MetadataPolicy.DEFAULT,
                AllowedOrigins.ANY,
                SecretHash.of("admin-key"),
                T0);
    }

    private static Workspace withMode(Workspace workspace, VerificationMode mode) {
        WorkspaceSettings settings = workspace.settings();
        return workspace.withSettings(new WorkspaceSettings(
                settings.name(),
                mode,
                settings.metadataPolicy(),
                settings.allowedOrigins(),
                settings.dialects(),
                settings.maxDevicesPerVisitor()));
    }

    private static SigningKeyRing ring(String secret) {
        return SigningKeyRing.of(new SigningSecret(secret), T0);
    }
}
