package visitoridentity.application.port;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/** Which of a workspace's events to list: optionally one visitor's, one type's, after a cursor. */
public record EventQuery(
        WorkspaceId workspaceId,
        Optional<VisitorId> visitorId,
        Optional<EventType> type,
        int limit,
        Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public EventQuery {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
