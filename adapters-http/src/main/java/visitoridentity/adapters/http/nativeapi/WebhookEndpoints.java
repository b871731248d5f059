package visitoridentity.adapters.http.nativeapi;

import java.util.List;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.json.Timestamps;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.port.DeliveryPage;
import visitoridentity.application.port.WebhookDelivery;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.webhook.CreatedWebhook;
import visitoridentity.application.webhook.ManageWebhooksUseCase;

/**
 * A workspace's webhook endpoints: made ({@code 201} with the secret, the only time it is shown),
 * listed and deleted; a new secret; the delivery log, newest first, a page at a time.
 */
final class WebhookEndpoints {
    private final ManageWebhooksUseCase webhooks;

    WebhookEndpoints(ManageWebhooksUseCase webhooks) {
        this.webhooks = webhooks;
    }

    void create(ApiCall call) {
        JsonFields body = call.jsonBody();
        CreatedWebhook created = webhooks.create(
                call.workspaceId(),
                body.text("url").orElse(null),
                body.textList("events").orElse(List.of()));
        call.respond(201, CreatedWebhookJson.of(created));
    }

    void list(ApiCall call) {
        call.respond(
                200,
                new WebhookListJson(webhooks.list(call.workspaceId()).stream()
                        .map(WebhookJson::of)
                        .toList()));
    }

    void delete(ApiCall call) {
        webhooks.delete(call.workspaceId(), call.pathText("webhookId"));
        call.respondNoContent();
    }

    void rotateSecret(ApiCall call) {
        call.respond(200, CreatedWebhookJson.of(webhooks.rotateSecret(call.workspaceId(), call.pathText("webhookId"))));
    }

    void deliveries(ApiCall call) {
        DeliveryPage page = webhooks.deliveries(
                call.workspaceId(),
                call.pathText("webhookId"),
                EventEndpoints.filter(call, "limit").map(EventEndpoints::limit).orElse(50),
                EventEndpoints.filter(call, "cursor"));
        call.respond(
                200,
                new DeliveryPageJson(
                        page.deliveries().stream().map(DeliveryJson::of).toList(),
                        page.nextCursor().orElse(null)));
    }

    /** An endpoint as listed: never its secret. */
    record WebhookJson(
            String id, String url, List<String> events, boolean enabled, String createdAt, String disabledAt) {
        static WebhookJson of(WebhookEndpoint endpoint) {
            return new WebhookJson(
                    endpoint.id(),
                    endpoint.url().toString(),
                    endpoint.events(),
                    endpoint.enabled(),
                    Timestamps.format(endpoint.createdAt()),
                    endpoint.disabledAt().map(Timestamps::format).orElse(null));
        }
    }

    record WebhookListJson(List<WebhookJson> webhooks) {}

    /** A new endpoint or a new secret: the one answer that holds the secret. */
    record CreatedWebhookJson(String id, String url, List<String> events, boolean enabled, String secret) {
        static CreatedWebhookJson of(CreatedWebhook created) {
            WebhookEndpoint endpoint = created.endpoint();
            return new CreatedWebhookJson(
                    endpoint.id(),
                    endpoint.url().toString(),
                    endpoint.events(),
                    endpoint.enabled(),
                    created.secret().value());
        }
    }

    record DeliveryJson(
            String eventId,
            String type,
            String status,
            int attempts,
            String queuedAt,
            String lastAttemptAt,
            Integer lastStatusCode,
            String lastError,
            String nextAttemptAt,
            String deliveredAt) {
        static DeliveryJson of(WebhookDelivery delivery) {
            return new DeliveryJson(
                    delivery.eventId(),
                    delivery.type().wireName(),
                    delivery.status().name().toLowerCase(java.util.Locale.ROOT),
                    delivery.attempts(),
                    Timestamps.format(delivery.queuedAt()),
                    delivery.lastAttemptAt().map(Timestamps::format).orElse(null),
                    delivery.lastStatusCode().orElse(null),
                    delivery.lastError().orElse(null),
                    delivery.nextAttemptAt().map(Timestamps::format).orElse(null),
                    delivery.deliveredAt().map(Timestamps::format).orElse(null));
        }
    }

    record DeliveryPageJson(List<DeliveryJson> deliveries, String nextCursor) {}
}
