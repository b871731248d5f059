package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * Concurrent identifies through the real use case, each one transaction retried from a fresh read
 * when it loses a race: no acknowledged update is lost, no limit is crossed, devices that claim
 * one new trusted external id at the same moment end as one visitor, and identifies of one device
 * racing to move it leave exactly one winner holding the device's one live token.
 */
abstract class ConcurrentIdentifyContract {
    private static final int WRITERS = 16;
    private static final int IDENTIFIES_PER_WRITER = 25;
    private static final int DEVICES = 12;
    private static final int SWITCHERS = 8;

    private UseCases useCases;

    /** The adapter under test, shared by the tests of a class. */
    protected abstract JdbiPersistence persistence();

    @BeforeEach
    void assemble() {
        useCases = Application.over(persistence());
    }

    @Test
    void concurrentIdentifiesOfOneVisitorLoseNoAcknowledgedKey() throws Exception {
        WorkspaceId workspace = newWorkspace(MetadataPolicy.DEFAULT);
        VisitorCredentials device = newDevice(workspace);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();

        runAtOnce(WRITERS, writer -> () -> {
            for (int i = 0; i < IDENTIFIES_PER_WRITER; i++) {
                String key = "w" + writer + "_" + i;
                try {
                    useCases.identifyVisitor()
                            .identify(IdentifyRequest.as(device)
                                    .metadata(key, JsonNumber.of(i))
                                    .command());
                    acknowledged.add(key);
                } catch (ConcurrentUpdateException lostEveryRetry) {
                    refused.add(key);
                }
            }
            return null;
        });

        Set<String> stored = metadataKeys(device);
        assertThat(stored).containsAll(acknowledged);
        assertThat(refused).noneMatch(stored::contains);
        assertThat(acknowledged.size() + refused.size()).isEqualTo(WRITERS * IDENTIFIES_PER_WRITER);
        assertThat(refused)
                .as("identifies that lost all their retries")
                .hasSizeLessThan(WRITERS * IDENTIFIES_PER_WRITER / 10);
    }

    @Test
    void concurrentIdentifiesNeverCrossARejectLimitAndChangeNothingWhenRefused() throws Exception {
        MetadataPolicy policy = new MetadataPolicy(600, SizeUnit.BYTES, Overflow.REJECT);
        WorkspaceId workspace = newWorkspace(policy);
        VisitorCredentials device = newDevice(workspace);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();

        runAtOnce(WRITERS, writer -> () -> {
            for (int i = 0; i < 10; i++) {
                String key = "w" + writer + "_" + i;
                try {
                    useCases.identifyVisitor()
                            .identify(IdentifyRequest.as(device)
                                    .metadata(key, JsonNumber.of(1000 + i))
                                    .command());
                    acknowledged.add(key);
                } catch (MetadataTooLargeException | ConcurrentUpdateException refusal) {
                    refused.add(key);
                }
            }
            return null;
        });

        Visitor stored = visitorOf(device);
        assertThat(stored.metadata().size(SizeUnit.BYTES)).isLessThanOrEqualTo(policy.max());
        Set<String> keys = metadataKeys(device);
        assertThat(keys).containsAll(acknowledged);
        assertThat(refused).isNotEmpty().noneMatch(keys::contains);
    }

    @Test
    void devicesClaimingOneNewTrustedExternalIdAtOnceEndAsOneVisitor() throws Exception {
        WorkspaceId workspace = newWorkspace(MetadataPolicy.DEFAULT);
        List<VisitorCredentials> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(newDevice(workspace));
        }

        List<IdentityResult> results = runAtOnce(
                DEVICES,
                d -> () -> useCases.identifyVisitor()
                        .identify(IdentifyRequest.as(devices.get(d))
                                .externalId("user_race")
                                .command()));

        Visitor holder = persistence()
                .visitors()
                .findByTrustedExternalId(workspace, ExternalId.of("user_race"))
                .orElseThrow();
        for (int d = 0; d < DEVICES; d++) {
            String token = results.get(d).visitorToken().orElse(devices.get(d).visitorToken());
            assertThat(visitorOf(new VisitorCredentials(workspace, token)).id()).isEqualTo(holder.id());
        }
        assertThat(persistence().visitors().devicesOf(workspace, holder.id())).hasSize(DEVICES);
        assertThat(results).extracting(result -> result.visitor().id()).containsOnly(holder.id());
    }

    @Test
    void identifiesOfOneDeviceRacingToSwitchUsersLeaveItOneLiveTokenAndTheLosersChangeNothing() throws Exception {
        WorkspaceId workspace = newWorkspace(MetadataPolicy.DEFAULT);
        VisitorCredentials device = newDevice(workspace);
        useCases.identifyVisitor()
                .identify(IdentifyRequest.as(device).externalId("alice").command());

        List<Optional<IdentityResult>> outcomes = runAtOnce(SWITCHERS, r -> () -> {
            try {
                return Optional.of(useCases.identifyVisitor()
                        .identify(IdentifyRequest.as(device)
                                .externalId("user_" + r)
                                .command()));
            } catch (SessionRevokedException replacedByTheWinner) {
                return Optional.empty();
            }
        });

        List<IdentityResult> won = outcomes.stream().flatMap(Optional::stream).toList();
        assertThat(won).hasSize(1);
        IdentityResult winner = won.get(0);
        VisitorCredentials fresh =
                new VisitorCredentials(workspace, winner.visitorToken().orElseThrow());
        assertThat(visitorOf(fresh).id()).isEqualTo(winner.visitor().id());
        assertThatThrownBy(() -> visitorOf(device))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("replaced");
        assertThat(persistence().visitorTokens().findLive(workspace, SecretHash.of(fresh.visitorToken())))
                .hasValueSatisfying(token -> assertThat(token.anonymousId()).isEqualTo(winner.anonymousUserId()));
        String winnersId = winner.visitor().externalId().orElseThrow().text();
        for (int r = 0; r < SWITCHERS; r++) {
            if (!winnersId.equals("user_" + r)) {
                assertThat(persistence().visitors().findByTrustedExternalId(workspace, ExternalId.of("user_" + r)))
                        .isEmpty();
            }
        }
    }

    private WorkspaceId newWorkspace(MetadataPolicy policy) {
        CreatedWorkspace created = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"), VerificationMode.DISABLED, policy, AllowedOrigins.ANY));
        return created.workspace().id();
    }

    private VisitorCredentials newDevice(WorkspaceId workspace) {
        StartedVisitor started = useCases.startVisitor().start(workspace);
        return new VisitorCredentials(workspace, started.visitorToken());
    }

    private Visitor visitorOf(VisitorCredentials device) {
        return useCases.showCurrentVisitor().show(device).visitor();
    }

    private Set<String> metadataKeys(VisitorCredentials device) {
        return visitorOf(device).metadata().object().members().keySet();
    }

    /** Runs one task per thread, all released at once, and returns their results in thread order. */
    private static <T> List<T> runAtOnce(int threads, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<T> work = task.apply(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
