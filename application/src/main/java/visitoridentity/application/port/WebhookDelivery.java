package visitoridentity.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event's delivery to one endpoint, as its log shows it: {@code pending} (waiting for its first
 * attempt or its next retry), {@code delivered}, or {@code failed} (retried for a day and given up).
 * {@code lastError} is a short description of the failure (a status, a timeout, a refused address),
 * never a response body.
 */
public record WebhookDelivery(
        String eventId,
        EventType type,
        Status status,
        int attempts,
        Instant queuedAt,
        Optional<Instant> lastAttemptAt,
        Optional<Integer> lastStatusCode,
        Optional<String> lastError,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> deliveredAt) {
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    public WebhookDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
