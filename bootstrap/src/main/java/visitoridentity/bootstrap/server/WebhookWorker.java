package visitoridentity.bootstrap.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.adapters.http.webhook.HttpWebhookSender;
import visitoridentity.application.webhook.DeliverWebhooks;

/**
 * Runs the webhook deliveries on a thread of its own: a round every {@link #PERIOD}, and the next
 * round at once while rounds find work. A round that fails (the database unreachable, say) is
 * logged, without any detail of the deliveries, and tried again at the next period. Stopped with
 * the server; a delivery it was sending when stopped is sent again by the next worker to claim it.
 */
final class WebhookWorker implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final ScheduledExecutorService scheduler;

    private WebhookWorker(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static WebhookWorker start(DeliverWebhooks deliveries) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> run(deliveries), PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return new WebhookWorker(scheduler);
    }

    private static void run(DeliverWebhooks deliveries) {
        try {
            while (deliveries.deliverDue() > 0 && !Thread.currentThread().isInterrupted()) {
                // more may be due: carry on until a round finds nothing
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "webhook delivery round failed ({}); it runs again in {}",
                    e.getClass().getSimpleName(),
                    PERIOD);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(HttpWebhookSender.TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS)) {
                LOG.warn("the webhook worker did not stop in time; its claimed deliveries are sent again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
