package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.id.WorkspaceId;

/** What every {@link visitoridentity.application.port.UsedTokenIdRepository} does. */
public abstract class UsedTokenIdRepositoryContract extends StorageContract {
    private static final Instant EXPIRES = T0.plus(Duration.ofHours(1));

    @Test
    void theFirstUseOfATokenIdIsRecordedAndASecondIsNot() {
        WorkspaceId workspace = newWorkspace();

        assertThat(ports.usedTokenIds().recordFirstUse(workspace, "jti-1", EXPIRES))
                .isTrue();
        assertThat(ports.usedTokenIds().recordFirstUse(workspace, "jti-1", EXPIRES))
                .isFalse();
    }

    @Test
    void tokenIdsAreKeptPerWorkspace() {
        WorkspaceId first = newWorkspace();
        WorkspaceId second = newWorkspace();

        assertThat(ports.usedTokenIds().recordFirstUse(first, "jti-same", EXPIRES))
                .isTrue();
        assertThat(ports.usedTokenIds().recordFirstUse(second, "jti-same", EXPIRES))
                .isTrue();
    }

    @Test
    void aSweepForgetsOnlyTheIdsOfExpiredTokens() {
        WorkspaceId workspace = newWorkspace();
        ports.usedTokenIds().recordFirstUse(workspace, "jti-expired", T0.minusSeconds(1));
        ports.usedTokenIds().recordFirstUse(workspace, "jti-live", EXPIRES);

        assertThat(ports.usedTokenIds().deleteExpired(T0)).isGreaterThanOrEqualTo(1);

        assertThat(ports.usedTokenIds().recordFirstUse(workspace, "jti-expired", EXPIRES))
                .isTrue();
        assertThat(ports.usedTokenIds().recordFirstUse(workspace, "jti-live", EXPIRES))
                .isFalse();
    }

    @Test
    void aTokenIdRecordedInATransactionThatFailsIsNotUsed() {
        WorkspaceId workspace = newWorkspace();
        try {
            ports.transactions().inTransaction(() -> {
                ports.usedTokenIds().recordFirstUse(workspace, "jti-rolled-back", EXPIRES);
                throw new IllegalStateException("the identify was refused");
            });
        } catch (IllegalStateException expected) {
            // the refusal rolls the use back
        }

        assertThat(ports.usedTokenIds().recordFirstUse(workspace, "jti-rolled-back", EXPIRES))
                .isTrue();
    }
}
