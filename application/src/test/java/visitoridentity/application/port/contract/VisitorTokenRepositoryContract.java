package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.RevokedVisitorToken;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/** The visitor tokens' storage: one live token per anonymous id, revoked ones remembered, changes as compare-and-set. */
public abstract class VisitorTokenRepositoryContract extends StorageContract {
    private static final Instant LATER = T0.plusSeconds(3600);

    @Test
    void aStartedVisitorsTokenIsLiveFromItsCreation() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();
        AnonymousId device = started.device();

        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(device)))
                .contains(new LiveVisitorToken(device, T0, T0));
        assertThat(ports.visitorTokens().findRevoked(workspace, tokenOf(device)))
                .isEmpty();
    }

    @Test
    void aUseIsRecordedOnlyWhenTheLastOneIsStale() {
        WorkspaceId workspace = newWorkspace();
        AnonymousId device = startedDevice(workspace);

        ports.visitorTokens().recordUse(workspace, tokenOf(device), LATER, T0.minusSeconds(60));
        assertThat(ports.visitorTokens()
                        .findLive(workspace, tokenOf(device))
                        .orElseThrow()
                        .lastUsedAt())
                .isEqualTo(T0);

        ports.visitorTokens().recordUse(workspace, tokenOf(device), LATER, LATER.minusSeconds(60));
        assertThat(ports.visitorTokens()
                        .findLive(workspace, tokenOf(device))
                        .orElseThrow()
                        .lastUsedAt())
                .isEqualTo(LATER);
    }

    @Test
    void aRecordedUseStampsTheDeviceAsSeenAndAFreshOneDoesNot() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);

        ports.visitorTokens().recordUse(workspace, tokenOf(started.device()), LATER, T0.minusSeconds(60));
        assertThat(ports.visitors().devicesOf(workspace, started.visitor().id()))
                .containsExactly(new SeenDevice(started.device(), T0));

        ports.visitorTokens().recordUse(workspace, tokenOf(started.device()), LATER, LATER.minusSeconds(60));
        assertThat(ports.visitors().devicesOf(workspace, started.visitor().id()))
                .containsExactly(new SeenDevice(started.device(), LATER));
    }

    @Test
    void aRevokedTokenIsNoLongerLiveAndIsRememberedWithItsReason() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();
        AnonymousId device = started.device();

        assertThat(ports.visitorTokens().revoke(workspace, tokenOf(device), Revocation.LOGOUT, LATER))
                .isTrue();

        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(device))).isEmpty();
        assertThat(ports.visitorTokens().findRevoked(workspace, tokenOf(device)))
                .contains(new RevokedVisitorToken(Revocation.LOGOUT, LATER));
        assertThat(ports.visitorTokens().revoke(workspace, tokenOf(device), Revocation.LOGOUT, LATER))
                .isFalse();
        assertThat(ports.visitors().findByAnonymousId(workspace, device)).contains(visitor);
    }

    @Test
    void aTokenOfAnotherWorkspaceIsNeitherFoundNorRevoked() {
        WorkspaceId home = newWorkspace();
        WorkspaceId other = newWorkspace();
        AnonymousId device = startedDevice(home);

        assertThat(ports.visitorTokens().revoke(other, tokenOf(device), Revocation.LOGOUT, LATER))
                .isFalse();
        assertThat(ports.visitorTokens().findLive(other, tokenOf(device))).isEmpty();
        assertThat(ports.visitorTokens().findLive(home, tokenOf(device))).isPresent();
    }

    @Test
    void revokingAVisitorsTokensLeavesOtherVisitorsAlone() {
        WorkspaceId workspace = newWorkspace();
        Started revoked = started(workspace);
        Started kept = started(workspace);

        assertThat(ports.visitorTokens()
                        .revokeAllOf(workspace, revoked.visitor().id(), Revocation.ADMIN, LATER))
                .isEqualTo(1);

        assertThat(ports.visitorTokens().findRevoked(workspace, tokenOf(revoked.device())))
                .contains(new RevokedVisitorToken(Revocation.ADMIN, LATER));
        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(kept.device())))
                .isPresent();
    }

    @Test
    void revokedTokensAreForgottenOldestFirstOnceRevokedBeforeTheGivenTimeInEveryWorkspace() {
        WorkspaceId one = newWorkspace();
        WorkspaceId two = newWorkspace();
        AnonymousId oldest = startedDevice(one);
        AnonymousId older = startedDevice(two);
        AnonymousId recent = startedDevice(one);
        AnonymousId live = startedDevice(one);
        Instant longAgo = T0.minus(Duration.ofDays(90));
        ports.visitorTokens().revoke(one, tokenOf(oldest), Revocation.LOGOUT, longAgo);
        ports.visitorTokens().revoke(two, tokenOf(older), Revocation.ADMIN, longAgo.plusSeconds(60));
        ports.visitorTokens().revoke(one, tokenOf(recent), Revocation.ROTATION, T0.minus(Duration.ofDays(10)));
        Instant cutoff = T0.minus(Duration.ofDays(30));

        assertThat(ports.visitorTokens().forgetRevokedBefore(cutoff, 1)).isEqualTo(1);
        assertThat(ports.visitorTokens().findRevoked(one, tokenOf(oldest))).isEmpty();
        assertThat(ports.visitorTokens().findRevoked(two, tokenOf(older))).isPresent();

        assertThat(ports.visitorTokens().forgetRevokedBefore(cutoff, 10)).isEqualTo(1);
        assertThat(ports.visitorTokens().findRevoked(two, tokenOf(older))).isEmpty();
        assertThat(ports.visitorTokens().findRevoked(one, tokenOf(recent))).isPresent();
        assertThat(ports.visitorTokens().findLive(one, tokenOf(live))).isPresent();
        assertThat(ports.visitorTokens().forgetRevokedBefore(cutoff, 10)).isZero();
    }

    @Test
    void rotationReplacesTheLiveTokenAndRemembersTheOldOne() {
        WorkspaceId workspace = newWorkspace();
        AnonymousId device = startedDevice(workspace);
        SecretHash next = SecretHash.of("the next token");

        ports.visitorTokens().rotate(workspace, device, tokenOf(device), next, LATER);

        assertThat(ports.visitorTokens().findLive(workspace, next))
                .contains(new LiveVisitorToken(device, LATER, LATER));
        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(device))).isEmpty();
        assertThat(ports.visitorTokens().findRevoked(workspace, tokenOf(device)))
                .contains(new RevokedVisitorToken(Revocation.ROTATION, LATER));
    }

    @Test
    void rotatingATokenThatIsNoLongerLiveIsALostRace() {
        WorkspaceId workspace = newWorkspace();
        AnonymousId device = startedDevice(workspace);
        ports.visitorTokens().rotate(workspace, device, tokenOf(device), SecretHash.of("first"), LATER);

        assertThatThrownBy(() -> ports.visitorTokens()
                        .rotate(workspace, device, tokenOf(device), SecretHash.of("second"), LATER))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitorTokens().findLive(workspace, SecretHash.of("first")))
                .isPresent();
        assertThat(ports.visitorTokens().findLive(workspace, SecretHash.of("second")))
                .isEmpty();
    }

    @Test
    void rotationsRacingOnOneDeviceLeaveExactlyOneLiveToken() throws Exception {
        WorkspaceId workspace = newWorkspace();
        AnonymousId device = startedDevice(workspace);
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                SecretHash next = SecretHash.of("racer " + i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        ports.transactions().inTransaction(() -> {
                            ports.visitorTokens().rotate(workspace, device, tokenOf(device), next, LATER);
                            return next;
                        });
                        return true;
                    } catch (ConcurrentUpdateException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                if (outcomes.get(i).get()) {
                    winners.add(i);
                }
            }
            assertThat(winners).hasSize(1);
            for (int i = 0; i < racers; i++) {
                assertThat(ports.visitorTokens().findLive(workspace, SecretHash.of("racer " + i)))
                        .as("racer %d", i)
                        .isEqualTo(
                                winners.contains(i)
                                        ? Optional.of(new LiveVisitorToken(device, LATER, LATER))
                                        : Optional.empty());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
