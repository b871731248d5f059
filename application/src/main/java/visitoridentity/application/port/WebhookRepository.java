package visitoridentity.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Webhook endpoints (their secrets sealed at rest) and their deliveries. A delivery is made for
 * every subscribed endpoint when an event is appended ({@link IdentityEventRepository#append}); the
 * worker claims due deliveries, sends them, and records how each went.
 */
public interface WebhookRepository {
    void insert(WebhookEndpoint endpoint, WebhookSecret secret);

    List<WebhookEndpoint> findAll(WorkspaceId workspaceId);

    Optional<WebhookEndpoint> find(WorkspaceId workspaceId, String endpointId);

    /** Deletes the endpoint and its deliveries; false when there was none. */
    boolean delete(WorkspaceId workspaceId, String endpointId);

    /** False when there is no such endpoint. */
    boolean replaceSecret(WorkspaceId workspaceId, String endpointId, WebhookSecret secret);

    /** The endpoint's delivery log, newest first; an unreadable cursor is an invalid field. */
    DeliveryPage deliveries(WorkspaceId workspaceId, String endpointId, int limit, Optional<String> cursor);

    /**
     * Claims up to {@code limit} deliveries due at {@code now} until {@code claimUntil}: pending, of an
     * enabled endpoint, not claimed by another worker, and each the oldest pending one of its
     * endpoint and visitor (so a visitor's events arrive in order). On PostgreSQL rows other workers
     * are claiming are skipped ({@code FOR UPDATE SKIP LOCKED}). Runs in a transaction of its own,
     * committed before it returns; a {@link ConcurrentUpdateException} means another worker won.
     */
    List<ClaimedDelivery> claimDue(Instant now, Instant claimUntil, int limit);

    /** The delivery arrived; the endpoint is no longer failing. */
    void delivered(long deliveryId, Instant at, int statusCode);

    /** The attempt failed: retried at {@code retryAt}, or given up when it is empty. */
    void failed(long deliveryId, Instant at, Optional<Integer> statusCode, String error, Optional<Instant> retryAt);

    /** Records that the endpoint has been failing since {@code since}, unless it already was. */
    void markFailing(String endpointId, Instant since);

    void disable(String endpointId, Instant at);
}
