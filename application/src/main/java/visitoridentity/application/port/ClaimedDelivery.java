package visitoridentity.application.port;

import java.time.Instant;

/**
 * A delivery one worker claimed (no other worker takes it until the claim expires): the endpoint,
 * its secret, the event, how many attempts were made before, and when the delivery was queued.
 */
public record ClaimedDelivery(
        long deliveryId,
        WebhookEndpoint endpoint,
        WebhookSecret secret,
        IdentityEvent event,
        int attempts,
        Instant queuedAt) {}
