package visitoridentity.application.port.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.visitor.Visitor;

/**
 * Threads that each add their own metadata keys to one visitor by optimistic read-modify-write,
 * retrying a write that lost its race from a fresh read, as the use cases do. Thread {@code t} writes
 * through {@code repositories.get(t % size)}, so several independent stacks can share the work.
 */
public final class MetadataWriters {
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private final List<VisitorRepository> repositories;
    private final WorkspaceId workspaceId;
    private final VisitorId visitorId;

    public MetadataWriters(List<VisitorRepository> repositories, WorkspaceId workspaceId, VisitorId visitorId) {
        this.repositories = List.copyOf(repositories);
        this.workspaceId = workspaceId;
        this.visitorId = visitorId;
    }

    /** Runs the writers and returns every key whose write was acknowledged. */
    public List<String> write(int threads, int keysPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Instant deadline = Instant.now().plus(DEADLINE);
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                VisitorRepository visitors = repositories.get(t % repositories.size());
                String prefix = "t" + t + "_";
                writers.add(pool.submit(() -> {
                    start.await();
                    List<String> acknowledged = new ArrayList<>();
                    for (int k = 0; k < keysPerThread; k++) {
                        addKey(visitors, prefix + k, deadline);
                        acknowledged.add(prefix + k);
                    }
                    return acknowledged;
                }));
            }
            start.countDown();
            List<String> acknowledged = new ArrayList<>();
            for (Future<List<String>> writer : writers) {
                acknowledged.addAll(writer.get(DEADLINE.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return acknowledged;
        } finally {
            pool.shutdownNow();
        }
    }

    private void addKey(VisitorRepository visitors, String key, Instant deadline) {
        while (true) {
            Visitor read = visitors.findById(workspaceId, visitorId).orElseThrow();
            Map<String, JsonValue> members =
                    new LinkedHashMap<>(read.metadata().object().members());
            members.put(key, JsonNumber.of(members.size()));
            try {
                visitors.update(read.withMetadata(StorageFixtures.metadata(members)));
                return;
            } catch (ConcurrentUpdateException lostRace) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("still losing races at the deadline", lostRace);
                }
            }
        }
    }
}
