package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;

class GracefulStopTest {

    @Test
    void stoppingLetsAnInFlightRequestFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        TestServer server = TestServer.builder()
                .useCases(u -> Replace.startVisitor(u, workspace -> {
                    entered.countDown();
                    sleep(1_000);
                    return new StartedVisitor(VisitorId.of("v_1"), AnonymousId.of("anon_1"), "token");
                }))
                .start();
        CompletableFuture<Reply> inFlight =
                CompletableFuture.supplyAsync(() -> server.post("/v1/workspaces/ws_1/visitors", null, ""));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        server.close();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
    }

    @Test
    void stoppingCutsOffWhatOutlastsTheStopTimeout() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        TestServer server = TestServer.builder()
                .settings(new HttpSettings(0, HttpSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(300)))
                .useCases(u -> Replace.startVisitor(u, workspace -> {
                    entered.countDown();
                    sleep(5_000);
                    return new StartedVisitor(VisitorId.of("v_1"), AnonymousId.of("anon_1"), "token");
                }))
                .start();
        CompletableFuture<Reply> cutOff =
                CompletableFuture.supplyAsync(() -> server.post("/v1/workspaces/ws_1/visitors", null, ""));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();

        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(cutOff).failsWithin(Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
