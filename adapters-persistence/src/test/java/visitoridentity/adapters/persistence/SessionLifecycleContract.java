package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.SessionExpiredException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * The visitor token's lifecycle through the real use cases on the real database, on a clock the
 * tests move: idle and absolute expiry, the once-a-minute record of a use, logout, the
 * administrator's revoke and erasure, and logouts racing on one token.
 */
abstract class SessionLifecycleContract {
    private static final Duration IDLE = Duration.ofDays(30);
    private static final Duration MAX = Duration.ofDays(400);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private UseCases useCases;
    private WorkspaceId workspace;

    /** The adapter under test, shared by the tests of a class. */
    protected abstract JdbiPersistence persistence();

    @BeforeEach
    void createWorkspace() {
        useCases = Application.over(persistence(), clock, new SessionLifetime(IDLE, MAX));
        workspace = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
    }

    @Test
    void aTokenUnusedForTheIdleLimitExpires() {
        VisitorCredentials device = newDevice();
        clock.advance(IDLE.minusSeconds(1));
        show(device);

        clock.advance(IDLE);

        assertThatThrownBy(() -> show(device))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessageContaining("not used for 30 days");
    }

    @Test
    void eachUseRestartsTheIdleLimit() {
        VisitorCredentials device = newDevice();
        for (int month = 0; month < 5; month++) {
            clock.advance(Duration.ofDays(29));
            identify(IdentifyRequest.as(device).name("Jane"));
        }

        assertThat(show(device).visitor().profile().name()).isPresent();
    }

    @Test
    void aTokenExpiresAtTheAbsoluteLimitHoweverOftenItIsUsed() {
        VisitorCredentials device = newDevice();
        for (int days = 0; days + 20 < MAX.toDays(); days += 20) {
            clock.advance(Duration.ofDays(20));
            show(device);
        }

        clock.advance(Duration.ofDays(20));

        assertThatThrownBy(() -> show(device))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessageContaining("older than the 400 days");
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        Instant issued = clock.instant();
        VisitorCredentials device = newDevice();

        clock.advance(Duration.ofSeconds(59));
        show(device);
        assertThat(stored(device).lastUsedAt()).isEqualTo(issued);

        clock.advance(Duration.ofSeconds(1));
        Instant written = clock.instant();
        identify(IdentifyRequest.as(device).name("Jane"));
        assertThat(stored(device).lastUsedAt()).isEqualTo(written);

        clock.advance(Duration.ofSeconds(30));
        show(device);
        assertThat(stored(device).lastUsedAt()).isEqualTo(written);
        assertThat(stored(device).issuedAt()).isEqualTo(issued);
    }

    @Test
    void aReturningVisitorsIdentifyReadsItsTokenOnceAndWritesItsUseOnlyOnceAMinute() {
        VisitorCredentials device = newDevice();
        identify(IdentifyRequest.as(device).externalId("user_1"));

        clock.advance(Duration.ofSeconds(59));
        List<String> withinTheMinute =
                statementsOf(() -> identify(IdentifyRequest.as(device).externalId("user_1")));
        clock.advance(Duration.ofSeconds(1));
        List<String> aMinuteLater =
                statementsOf(() -> identify(IdentifyRequest.as(device).externalId("user_1")));

        assertThat(withinTheMinute)
                .filteredOn(sql -> sql.contains("token_hash = :tokenHash"))
                .hasSize(1);
        assertThat(withinTheMinute).noneMatch(sql -> sql.contains("token_used_at = :now"));
        assertThat(aMinuteLater)
                .filteredOn(sql -> sql.contains("token_used_at = :now"))
                .hasSize(1);
        assertThat(aMinuteLater).hasSize(withinTheMinute.size() + 1);
    }

    @Test
    void logoutRevokesTheCallingTokenAndLeavesTheDeviceWithItsVisitor() {
        StartedVisitor started = useCases.startVisitor().start(workspace);
        VisitorCredentials device = new VisitorCredentials(workspace, started.visitorToken());
        VisitorCredentials other = newDevice();

        useCases.revokeSession().logout(device);

        assertThatThrownBy(() -> show(device))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("logged out");
        assertThatThrownBy(() -> identify(IdentifyRequest.as(device).name("Mallory")))
                .isInstanceOf(SessionRevokedException.class);
        assertThatThrownBy(() -> useCases.revokeSession().logout(device)).isInstanceOf(SessionRevokedException.class);
        assertThat(persistence().visitors().findByAnonymousId(workspace, started.anonymousId()))
                .map(visitor -> visitor.id())
                .contains(started.visitorId());
        show(other);
    }

    @Test
    void anExpiredTokenCanStillBeLoggedOut() {
        VisitorCredentials device = newDevice();
        clock.advance(IDLE);

        useCases.revokeSession().logout(device);

        assertThatThrownBy(() -> show(device)).isInstanceOf(SessionRevokedException.class);
    }

    @Test
    void aTokenNeverIssuedIsUnauthorizedAndCannotBeLoggedOut() {
        VisitorCredentials stranger = new VisitorCredentials(workspace, "vt_never_issued");

        assertThatThrownBy(() -> show(stranger)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> useCases.revokeSession().logout(stranger)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void theAdministratorRevokesEveryDeviceOfTheVisitorAndNoOtherVisitors() {
        VisitorCredentials laptop = newDevice();
        VisitorCredentials phone = newDevice();
        VisitorCredentials someoneElse = newDevice();
        IdentityResult known = identify(IdentifyRequest.as(laptop).externalId("user_1"));
        VisitorCredentials phoneNow = new VisitorCredentials(
                workspace,
                identify(IdentifyRequest.as(phone).externalId("user_1"))
                        .visitorToken()
                        .orElseThrow());

        useCases.revokeSession().revokeAll(workspace, known.visitor().id());

        assertThatThrownBy(() -> show(laptop))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("administrator");
        assertThatThrownBy(() -> show(phoneNow))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("administrator");
        show(someoneElse);
        assertThat(persistence().visitors().findById(workspace, known.visitor().id()))
                .isPresent();
    }

    @Test
    void revokingAnUnknownVisitorIsNotFound() {
        assertThatThrownBy(() -> useCases.revokeSession().revokeAll(workspace, VisitorId.of("v_unknown")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void erasureRevokesTheTokens() {
        VisitorCredentials device = newDevice();
        IdentityResult identified = identify(IdentifyRequest.as(device).externalId("user_1"));

        useCases.eraseVisitor().erase(workspace, identified.visitor().id());

        assertThatThrownBy(() -> show(device))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("erased");
    }

    @Test
    void logoutsRacingOnOneTokenRevokeItExactlyOnce() throws Exception {
        VisitorCredentials device = newDevice();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Boolean> logout = () -> {
                    start.await();
                    try {
                        useCases.revokeSession().logout(device);
                        return true;
                    } catch (SessionRevokedException alreadyRevoked) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(logout));
            }
            start.countDown();
            int revoked = 0;
            for (Future<Boolean> outcome : outcomes) {
                revoked += outcome.get() ? 1 : 0;
            }
            assertThat(revoked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> show(device)).isInstanceOf(SessionRevokedException.class);
    }

    private VisitorCredentials newDevice() {
        return new VisitorCredentials(
                workspace, useCases.startVisitor().start(workspace).visitorToken());
    }

    private IdentityResult identify(IdentifyRequest request) {
        return useCases.identifyVisitor().identify(request.command());
    }

    private IdentityResult show(VisitorCredentials device) {
        return useCases.showCurrentVisitor().show(device);
    }

    /** The SQL of every statement the work runs, in order. */
    private List<String> statementsOf(Runnable work) {
        List<String> statements = new CopyOnWriteArrayList<>();
        persistence().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRawSql());
            }
        });
        try {
            work.run();
        } finally {
            persistence().jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
        return List.copyOf(statements);
    }

    private LiveVisitorToken stored(VisitorCredentials device) {
        return persistence()
                .visitorTokens()
                .findLive(workspace, SecretHash.of(device.visitorToken()))
                .orElseThrow();
    }
}
