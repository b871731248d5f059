package visitoridentity.application.webhook;

import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.DeliveryPage;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.domain.id.WorkspaceId;

/**
 * A workspace's webhook endpoints: made with a URL and the event types they want ({@code ["*"]} for
 * all), listed (never with their secret), deleted, given a new secret, and their delivery log read.
 */
public interface ManageWebhooksUseCase {
    int MAX_ENDPOINTS = 20;

    CreatedWebhook create(WorkspaceId workspaceId, String url, List<String> events);

    List<WebhookEndpoint> list(WorkspaceId workspaceId);

    void delete(WorkspaceId workspaceId, String endpointId);

    /** A new secret, in force at once: the old one signs nothing more. */
    CreatedWebhook rotateSecret(WorkspaceId workspaceId, String endpointId);

    DeliveryPage deliveries(WorkspaceId workspaceId, String endpointId, int limit, Optional<String> cursor);
}
