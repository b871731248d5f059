package visitoridentity.bootstrap.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.application.retention.SweepAnonymousVisitors;
import visitoridentity.application.retention.SweepRevokedVisitorTokens;
import visitoridentity.application.token.SpendTokenIdUseCase;

/**
 * Runs the retention sweeps every {@link #PERIOD}, the first time a minute after the start, on a
 * thread of its own: the visitors never identified, the revoked visitor tokens that would have
 * expired anyway, and the ids of identity tokens that have expired. A sweep that fails (the database
 * unreachable, say) is logged and tried again at the next period; one failing does not keep the
 * others from running.
 */
final class RetentionSweeper implements AutoCloseable {
    static final Duration PERIOD = Duration.ofHours(1);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final ScheduledExecutorService scheduler;

    private RetentionSweeper(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static RetentionSweeper start(
            SweepAnonymousVisitors visitors, SweepRevokedVisitorTokens tokens, SpendTokenIdUseCase tokenIds) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retention-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    run(visitors::sweep, "visitors that were never identified");
                    run(tokens::sweep, "revoked visitor tokens past the session's limits");
                    run(tokenIds::sweepExpired, "ids of identity tokens that have expired");
                },
                FIRST_DELAY.toSeconds(),
                PERIOD.toSeconds(),
                TimeUnit.SECONDS);
        return new RetentionSweeper(scheduler);
    }

    private static void run(IntSupplier sweep, String what) {
        try {
            int deleted = sweep.getAsInt();
            if (deleted > 0) {
                LOG.info("retention sweep deleted {} {}", deleted, what);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "retention sweep failed ({}); it runs again in {}",
                    e.getClass().getSimpleName(),
                    PERIOD);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
