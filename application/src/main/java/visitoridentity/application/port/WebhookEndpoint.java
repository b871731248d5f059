package visitoridentity.application.port;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Where a workspace's events are sent: the URL, the event types it subscribes to ({@code ["*"]} for
 * every type), whether it is enabled, and since when its deliveries have been failing (it is disabled
 * after a day of failures).
 */
public record WebhookEndpoint(
        String id,
        WorkspaceId workspaceId,
        URI url,
        List<String> events,
        boolean enabled,
        Instant createdAt,
        Optional<Instant> failingSince,
        Optional<Instant> disabledAt) {
    public static final String ALL_EVENTS = "*";

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(url, "url");
        events = List.copyOf(events);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(disabledAt, "disabledAt");
    }

    public boolean subscribesTo(EventType type) {
        return events.contains(ALL_EVENTS) || events.contains(type.wireName());
    }
}
