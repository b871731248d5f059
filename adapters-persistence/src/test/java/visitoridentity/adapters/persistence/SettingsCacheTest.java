package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;

/** What the settings cache promises its callers beside caching: no lock around a load, no stale keep. */
class SettingsCacheTest {
    private static final Duration AN_HOUR = Duration.ofHours(1);
    private final Workspace workspace = new Workspace(
            new UniqueIdentifiers().newWorkspaceId(),
            WorkspaceName.of("Shop"),
            VerificationMode.REQUIRED,
            MetadataPolicy.DEFAULT,
            AllowedOrigins.ANY,
            SecretHash.of("admin-key"),
            Instant.parse("2026-01-01T00:00:00Z"));

    /**
     * A load needs a pooled connection. Were loads of one entry serialized under a lock, a caller
     * holding the last connection while waiting for that lock, behind a load waiting for that very
     * connection, would hang both: here the first load can only finish once a second caller's load
     * of the same entry has finished.
     */
    @Test
    void aLoadDoesNotWaitForAnotherLoadOfTheSameEntry() throws Exception {
        SettingsCache cache = new SettingsCache(AN_HOUR);
        CountDownLatch secondLoaded = new CountDownLatch(1);
        CountDownLatch firstLoading = new CountDownLatch(1);

        CompletableFuture<Optional<Workspace>> first =
                CompletableFuture.supplyAsync(() -> cache.workspace(workspace.id(), id -> {
                    firstLoading.countDown();
                    awaitOrFail(secondLoaded);
                    return Optional.of(workspace);
                }));
        awaitOrFail(firstLoading);
        CompletableFuture<Optional<Workspace>> second = CompletableFuture.supplyAsync(() -> {
            Optional<Workspace> loaded = cache.workspace(workspace.id(), id -> Optional.of(workspace));
            secondLoaded.countDown();
            return loaded;
        });

        assertThat(second.get(30, TimeUnit.SECONDS)).contains(workspace);
        assertThat(first.get(30, TimeUnit.SECONDS)).contains(workspace);
    }

    @Test
    void whatALoadReadBeforeAChangeIsNotKept() {
        SettingsCache cache = new SettingsCache(AN_HOUR);
        AtomicInteger loads = new AtomicInteger();

        cache.workspace(workspace.id(), id -> {
            loads.incrementAndGet();
            cache.forget(id); // another caller changed the workspace while this load was reading it
            return Optional.of(workspace);
        });
        cache.workspace(workspace.id(), id -> count(loads));
        cache.workspace(workspace.id(), id -> count(loads));

        assertThat(loads)
                .as("loads: the first result was dropped, the second kept")
                .hasValue(2);
    }

    @Test
    void anUnknownWorkspaceIsNotKept() {
        SettingsCache cache = new SettingsCache(AN_HOUR);
        AtomicInteger loads = new AtomicInteger();
        WorkspaceId unknown = new UniqueIdentifiers().newWorkspaceId();

        cache.workspace(unknown, id -> {
            loads.incrementAndGet();
            return Optional.empty();
        });
        cache.workspace(unknown, id -> {
            loads.incrementAndGet();
            return Optional.empty();
        });

        assertThat(loads).hasValue(2);
    }

    private Optional<Workspace> count(AtomicInteger loads) {
        loads.incrementAndGet();
        return Optional.of(workspace);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 30 s: the loads wait for each other");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
