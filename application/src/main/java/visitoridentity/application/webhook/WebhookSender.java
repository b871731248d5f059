package visitoridentity.application.webhook;

import java.net.URI;
import java.time.Instant;
import visitoridentity.application.port.WebhookSecret;

/**
 * Sends one webhook message, signed per Standard Webhooks ({@code webhook-id}, {@code
 * webhook-timestamp}, {@code webhook-signature}), and says how it went; it never throws for the
 * receiver's failures (those are outcomes).
 */
public interface WebhookSender {
    DeliveryOutcome send(URI url, WebhookSecret secret, String messageId, Instant timestamp, String body);
}
