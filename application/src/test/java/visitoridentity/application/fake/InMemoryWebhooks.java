package visitoridentity.application.fake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.ClaimedDelivery;
import visitoridentity.application.port.DeliveryPage;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.domain.id.WorkspaceId;

/** Webhook endpoints in memory; deliveries are the database adapter's (its contract tests cover them). */
public final class InMemoryWebhooks implements WebhookRepository {
    final InMemoryTable<String, WebhookEndpoint> endpoints = new InMemoryTable<>();
    final InMemoryTable<String, WebhookSecret> secrets = new InMemoryTable<>();

    @Override
    public void insert(WebhookEndpoint endpoint, WebhookSecret secret) {
        endpoints.put(endpoint.id(), endpoint);
        secrets.put(endpoint.id(), secret);
    }

    @Override
    public List<WebhookEndpoint> findAll(WorkspaceId workspaceId) {
        return endpoints
                .values()
                .filter(endpoint -> endpoint.workspaceId().equals(workspaceId))
                .toList();
    }

    @Override
    public Optional<WebhookEndpoint> find(WorkspaceId workspaceId, String endpointId) {
        return endpoints
                .get(endpointId)
                .filter(endpoint -> endpoint.workspaceId().equals(workspaceId));
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, String endpointId) {
        if (find(workspaceId, endpointId).isEmpty()) {
            return false;
        }
        endpoints.remove(endpointId);
        secrets.remove(endpointId);
        return true;
    }

    @Override
    public boolean replaceSecret(WorkspaceId workspaceId, String endpointId, WebhookSecret secret) {
        if (find(workspaceId, endpointId).isEmpty()) {
            return false;
        }
        secrets.put(endpointId, secret);
        return true;
    }

    @Override
    public DeliveryPage deliveries(WorkspaceId workspaceId, String endpointId, int limit, Optional<String> cursor) {
        return new DeliveryPage(List.of(), Optional.empty());
    }

    @Override
    public List<ClaimedDelivery> claimDue(Instant now, Instant claimUntil, int limit) {
        return List.of();
    }

    @Override
    public void delivered(long deliveryId, Instant at, int statusCode) {}

    @Override
    public void failed(
            long deliveryId, Instant at, Optional<Integer> statusCode, String error, Optional<Instant> retryAt) {}

    @Override
    public void markFailing(String endpointId, Instant since) {}

    @Override
    public void disable(String endpointId, Instant at) {}
}
