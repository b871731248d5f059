package visitoridentity.application.webhook;

import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookSecret;

/** A webhook endpoint just made (or whose secret was just rotated), with its secret: the one time it is shown. */
public record CreatedWebhook(WebhookEndpoint endpoint, WebhookSecret secret) {}
