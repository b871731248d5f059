package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.workspace.Workspace;

/** Reads of one secret value share one {@link SigningSecret}, whose keyed {@code Mac} is reused. */
class SigningSecretsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        persistence = H2Files.open(H2Files.newDirectory("signing-secrets"));
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void readingAKeyRingAgainGivesTheSameSecretObject() {
        WorkspaceId workspace = storedWorkspaceWithSecret("whsec_shared_by_reads");

        SigningKeyRing first =
                persistence.signingKeys().findByWorkspace(workspace).orElseThrow();
        SigningKeyRing second =
                persistence.signingKeys().findByWorkspace(workspace).orElseThrow();

        assertThat(second.active().secret()).isSameAs(first.active().secret());
    }

    @Test
    void aSecretIsReadAsTheValueStored() {
        WorkspaceId workspace = storedWorkspaceWithSecret("whsec_as_stored");

        assertThat(persistence
                        .signingKeys()
                        .findByWorkspace(workspace)
                        .orElseThrow()
                        .active()
                        .secret())
                .isEqualTo(new SigningSecret("whsec_as_stored"));
    }

    @Test
    void pastTheBoundEverySecretIsStillTheOneAskedFor() {
        SigningSecrets secrets = new SigningSecrets();

        for (int i = 0; i <= SigningSecrets.MOST_SECRETS; i++) {
            assertThat(secrets.of("whsec_" + i, UnaryOperator.identity()).value())
                    .isEqualTo("whsec_" + i);
        }
        assertThat(secrets.of("whsec_0", UnaryOperator.identity()))
                .isSameAs(secrets.of("whsec_0", UnaryOperator.identity()));
    }

    private static WorkspaceId storedWorkspaceWithSecret(String secret) {
        Workspace workspace = StorageFixtures.workspace(WorkspaceId.of("ws_" + secret));
        persistence.workspaces().insert(workspace);
        persistence.signingKeys().save(workspace.id(), SigningKeyRing.of(new SigningSecret(secret), T0));
        return workspace.id();
    }
}
