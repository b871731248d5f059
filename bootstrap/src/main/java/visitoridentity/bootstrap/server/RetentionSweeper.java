package visitoridentity.bootstrap.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.application.retention.SweepAnonymousVisitors;
import visitoridentity.application.token.SpendTokenIdUseCase;

/**
 * Runs the retention sweep every {@link #PERIOD} (anonymous visitors past their retention, and
 * the ids of identity tokens that have expired), the first time a minute after the start, on a
 * thread of its own. A sweep that fails (the database unreachable, say) is logged and tried again
 * at the next period.
 */
final class RetentionSweeper implements AutoCloseable {
    static final Duration PERIOD = Duration.ofHours(1);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final ScheduledExecutorService scheduler;

    private RetentionSweeper(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static RetentionSweeper start(SweepAnonymousVisitors sweep, SpendTokenIdUseCase tokenIds) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retention-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    run(sweep);
                    forgetExpiredTokenIds(tokenIds);
                },
                FIRST_DELAY.toSeconds(),
                PERIOD.toSeconds(),
                TimeUnit.SECONDS);
        return new RetentionSweeper(scheduler);
    }

    private static void run(SweepAnonymousVisitors sweep) {
        try {
            int deleted = sweep.sweep();
            if (deleted > 0) {
                LOG.info("retention sweep deleted {} visitors that were never identified", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "retention sweep failed ({}); it runs again in {}",
                    e.getClass().getSimpleName(),
                    PERIOD);
        }
    }

    private static void forgetExpiredTokenIds(SpendTokenIdUseCase tokenIds) {
        try {
            tokenIds.sweepExpired();
        } catch (RuntimeException e) {
            LOG.warn(
                    "the sweep of expired identity token ids failed ({}); it runs again in {}",
                    e.getClass().getSimpleName(),
                    PERIOD);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
