package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** Races between writers of one store: no acknowledged write is lost, no unique claim is taken twice. */
public abstract class ConcurrentUpdatesContract extends StorageContract {
    private static final int WRITERS = 16;
    private static final int KEYS_PER_WRITER = 25;
    private static final int RACERS = 12;

    @Test
    void concurrentReadModifyWriteUpdatesLoseNoAcknowledgedKey() throws Exception {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = startedVisitor(workspace);

        List<String> acknowledged =
                new MetadataWriters(List.of(ports.visitors()), workspace, visitor.id()).write(WRITERS, KEYS_PER_WRITER);

        Visitor stored = ports.visitors().findById(workspace, visitor.id()).orElseThrow();
        assertThat(acknowledged).hasSize(WRITERS * KEYS_PER_WRITER);
        assertThat(stored.metadata().object().members().keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored.version()).isEqualTo(WRITERS * KEYS_PER_WRITER);
    }

    @Test
    void ofConcurrentInsertsOfOneNewTrustedExternalIdExactlyOneWins() throws Exception {
        WorkspaceId workspace = newWorkspace();
        List<Visitor> contenders = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            contenders.add(withExternalId(anonymousVisitor(workspace), "user_race", ClaimTrust.VERIFIED));
        }

        List<Future<Boolean>> outcomes = insertAtOnce(contenders);

        List<Visitor> winners = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            if (outcomes.get(i).get(60, TimeUnit.SECONDS)) {
                winners.add(contenders.get(i));
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(ports.visitors().findByTrustedExternalId(workspace, ExternalId.of("user_race")))
                .contains(winners.get(0));
    }

    /**
     * Each contender's insert, all released at once: true when it was stored, false when it lost the
     * race with a ConcurrentUpdateException (any other failure fails the test).
     */
    private List<Future<Boolean>> insertAtOnce(List<Visitor> contenders) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Visitor contender : contenders) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        ports.visitors().insert(contender);
                        return true;
                    } catch (ConcurrentUpdateException lostRace) {
                        return false;
                    }
                }));
            }
            start.countDown();
            return outcomes;
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
    }
}
