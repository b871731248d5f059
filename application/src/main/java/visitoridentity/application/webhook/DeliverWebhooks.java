package visitoridentity.application.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.port.ClaimedDelivery;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.domain.json.CompactJson;

/**
 * One round of the delivery worker: claim the deliveries that are due (several workers, on several
 * instances, share them: each delivery is claimed by one), send each, record how it went.
 *
 * <ul>
 *   <li>At least once: a delivery stays pending until a 2xx answer is recorded; a worker that dies
 *       holding a claim loses it after {@link #CLAIM}, and another worker sends the delivery again
 *       (the receiver recognises it by its {@code webhook-id}, the event's id).
 *   <li>In order per visitor: a delivery is claimed only when no older delivery of the same visitor's
 *       events to the same endpoint is pending.
 *   <li>Retried with exponential backoff ({@link #FIRST_RETRY}, doubling up to {@link #LONGEST_WAIT},
 *       each wait shortened by a random part of up to half) until {@link #RETRY_FOR} after it was
 *       queued; then it is given up ({@code failed}).
 *   <li>An endpoint whose deliveries have failed, with no success, for {@link #FAILING_LIMIT} is
 *       disabled, recorded as a {@code webhook.disabled} event.
 * </ul>
 */
public final class DeliverWebhooks {
    public static final Duration CLAIM = Duration.ofMinutes(5);
    public static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    public static final Duration RETRY_FOR = Duration.ofHours(24);
    public static final Duration FAILING_LIMIT = Duration.ofHours(24);
    static final int BATCH = 20;

    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final IdentityEventRepository events;
    private final IdentityEvents eventsOf;
    private final Transactions transactions;
    private final Clock clock;
    private final DoubleSupplier random;

    /** @param random numbers in [0, 1) for the jitter of the backoff */
    public DeliverWebhooks(
            WebhookRepository webhooks,
            WebhookSender sender,
            IdentityEventRepository events,
            IdentityEvents eventsOf,
            Transactions transactions,
            Clock clock,
            DoubleSupplier random) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.events = events;
        this.eventsOf = eventsOf;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    /** Sends what is due now; returns how many deliveries were attempted (0: nothing was due). */
    public int deliverDue() {
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed;
        try {
            claimed = webhooks.claimDue(now, now.plus(CLAIM), BATCH);
        } catch (ConcurrentUpdateException anotherWorkerWon) {
            return 0;
        }
        for (ClaimedDelivery delivery : claimed) {
            deliver(delivery);
        }
        return claimed.size();
    }

    private void deliver(ClaimedDelivery delivery) {
        String body = CompactJson.write(delivery.event().toJson());
        DeliveryOutcome outcome;
        try {
            outcome = sender.send(
                    delivery.endpoint().url(),
                    delivery.secret(),
                    delivery.event().id(),
                    clock.instant(),
                    body);
        } catch (RuntimeException unexpected) {
            outcome = DeliveryOutcome.failed(
                    "could not send: " + unexpected.getClass().getSimpleName());
        }
        DeliveryOutcome result = outcome;
        Instant at = clock.instant();
        transactions.inTransaction(() -> {
            if (result.delivered()) {
                webhooks.delivered(
                        delivery.deliveryId(), at, result.statusCode().orElse(200));
            } else {
                recordFailure(delivery, result, at);
            }
            return null;
        });
    }

    private void recordFailure(ClaimedDelivery delivery, DeliveryOutcome outcome, Instant at) {
        int attempts = delivery.attempts() + 1;
        Optional<Instant> retryAt = at.isBefore(delivery.queuedAt().plus(RETRY_FOR))
                ? Optional.of(at.plus(backoff(attempts)))
                : Optional.empty();
        webhooks.failed(
                delivery.deliveryId(), at, outcome.statusCode(), outcome.error().orElse("failed"), retryAt);
        WebhookEndpoint endpoint = delivery.endpoint();
        Optional<Instant> failingSince = endpoint.failingSince();
        if (failingSince.isEmpty()) {
            webhooks.markFailing(endpoint.id(), at);
        } else if (!at.isBefore(failingSince.get().plus(FAILING_LIMIT))) {
            webhooks.disable(endpoint.id(), at);
            events.append(List.of(eventsOf.webhookDisabled(
                    endpoint.workspaceId(), endpoint.id(), failingSince.get().toString(), at)));
        }
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the first retry, capped, jittered. */
    Duration backoff(int attempts) {
        long base = FIRST_RETRY.toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, LONGEST_WAIT.toMillis());
        double jitter = 1.0 - random.getAsDouble() / 2;
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }
}
