package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** What every {@link visitoridentity.application.port.SigningKeyRepository} does. */
public abstract class SigningKeyRepositoryContract extends StorageContract {

    @Test
    void aWorkspaceWithoutKeysHasNoKeyRing() {
        assertThat(ports.signingKeys().findByWorkspace(newWorkspace())).isEmpty();
    }

    @Test
    void aSavedKeyRingComesBackWithItsActiveKeyAndItsPreviousKeysInOrder() {
        WorkspaceId workspace = newWorkspace();
        SigningKeyRing ring = new SigningKeyRing(
                activeKey("whsec_active", 2),
                List.of(previousKey("whsec_previous_1", 1, 3), previousKey("whsec_previous_2", 0, 2)));

        ports.signingKeys().save(workspace, ring);

        assertThat(ports.signingKeys().findByWorkspace(workspace)).contains(ring);
    }

    @Test
    void savingReplacesTheWholeKeyRing() {
        WorkspaceId workspace = newWorkspace();
        ports.signingKeys()
                .save(
                        workspace,
                        new SigningKeyRing(
                                activeKey("whsec_old", 1),
                                List.of(previousKey("whsec_older", 0, 2), previousKey("whsec_oldest", 0, 1))));
        SigningKeyRing rotated = new SigningKeyRing(activeKey("whsec_new", 3), List.of(previousKey("whsec_old", 1, 4)));

        ports.signingKeys().save(workspace, rotated);

        assertThat(ports.signingKeys().findByWorkspace(workspace)).contains(rotated);
    }

    @Test
    void eachWorkspaceHasItsOwnKeyRing() {
        WorkspaceId first = newWorkspace();
        WorkspaceId second = newWorkspace();
        SigningKeyRing firstRing = new SigningKeyRing(activeKey("whsec_first", 0), List.of());
        SigningKeyRing secondRing = new SigningKeyRing(activeKey("whsec_second", 0), List.of());

        ports.signingKeys().save(first, firstRing);
        ports.signingKeys().save(second, secondRing);

        assertThat(ports.signingKeys().findByWorkspace(first)).contains(firstRing);
        assertThat(ports.signingKeys().findByWorkspace(second)).contains(secondRing);
    }

    private static SigningKey activeKey(String secret, int createdOnDay) {
        return new SigningKey(
                secret.replace("whsec_", ""),
                new SigningSecret(secret),
                T0.plus(Duration.ofDays(createdOnDay)),
                Optional.empty());
    }

    private static SigningKey previousKey(String secret, int createdOnDay, int validUntilDay) {
        return new SigningKey(
                secret.replace("whsec_", ""),
                new SigningSecret(secret),
                T0.plus(Duration.ofDays(createdOnDay)),
                Optional.of(T0.plus(Duration.ofDays(validUntilDay))));
    }
}
