package visitoridentity.application.port;

import java.util.Collection;
import java.util.List;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;

/**
 * The outbox of identity events: appended in the transaction of the change they record, kept as the
 * workspace's audit log, and handed to every webhook endpoint of the workspace that subscribes to
 * their type (one pending delivery per endpoint, made in the same transaction).
 */
public interface IdentityEventRepository {
    void append(List<IdentityEvent> events);

    /** One page of the workspace's events, oldest first; an unreadable cursor is an invalid field. */
    EventPage find(EventQuery query);

    /** Every event of the given visitors, oldest first. */
    List<IdentityEvent> findByVisitors(WorkspaceId workspaceId, Collection<VisitorId> visitorIds);

    /** Replaces one event's data (an erasure removing the personal part). */
    void replaceData(WorkspaceId workspaceId, String eventId, JsonObject data);
}
