package visitoridentity.application.webhook;

/** A webhook endpoint just made (or whose secret was just rotated), with its secret: the one time it is shown. */
public record CreatedWebhook(WebhookEndpoint endpoint, WebhookSecret secret) {}
