package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.domain.id.WorkspaceId;

/** What every {@link visitoridentity.application.port.PublicKeyRepository} does. */
public abstract class PublicKeyRepositoryContract extends StorageContract {
    private static final String JWK =
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";

    @Test
    void aWorkspaceWithoutKeysListsNone() {
        assertThat(ports.publicKeys().findByWorkspace(newWorkspace())).isEmpty();
    }

    @Test
    void registeredKeysComeBackAsGivenInTheOrderTheyWereRegistered() {
        WorkspaceId workspace = newWorkspace();
        RegisteredPublicKey first = new RegisteredPublicKey("backend-2026", JWK, T0);
        RegisteredPublicKey second =
                new RegisteredPublicKey("a-later-key", JWK.replace("11q", "22q"), T0.plus(Duration.ofDays(1)));

        ports.publicKeys().insert(workspace, first);
        ports.publicKeys().insert(workspace, second);

        assertThat(ports.publicKeys().findByWorkspace(workspace)).containsExactly(first, second);
        assertThat(ports.publicKeys().find(workspace, "a-later-key")).contains(second);
    }

    @Test
    void aDeletedKeyIsGoneAndOnlyThatOne() {
        WorkspaceId workspace = newWorkspace();
        RegisteredPublicKey kept = new RegisteredPublicKey("kept", JWK, T0);
        ports.publicKeys().insert(workspace, kept);
        ports.publicKeys().insert(workspace, new RegisteredPublicKey("leaked", JWK, T0));

        assertThat(ports.publicKeys().delete(workspace, "leaked")).isTrue();

        assertThat(ports.publicKeys().find(workspace, "leaked")).isEmpty();
        assertThat(ports.publicKeys().findByWorkspace(workspace)).containsExactly(kept);
        assertThat(ports.publicKeys().delete(workspace, "leaked")).isFalse();
    }

    @Test
    void aWorkspaceNeverSeesAnotherWorkspacesKeys() {
        WorkspaceId mine = newWorkspace();
        WorkspaceId theirs = newWorkspace();
        ports.publicKeys().insert(theirs, new RegisteredPublicKey("shared-kid", JWK, T0));

        assertThat(ports.publicKeys().find(mine, "shared-kid")).isEmpty();
        assertThat(ports.publicKeys().findByWorkspace(mine)).isEmpty();
        assertThat(ports.publicKeys().delete(mine, "shared-kid")).isFalse();
        assertThat(ports.publicKeys().find(theirs, "shared-kid")).isPresent();
    }
}
