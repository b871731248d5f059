package visitoridentity.adapters.http.nativeapi;

import java.util.List;
import java.util.Optional;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.event.ListEventsUseCase;
import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.json.JsonObject;

/**
 * The audit log: a workspace's events oldest first, filtered by {@code visitorId} and {@code type},
 * in pages of {@code limit} (1 to 200, default 50) joined by an opaque {@code cursor}.
 */
final class EventEndpoints {
    private final ListEventsUseCase listEvents;

    EventEndpoints(ListEventsUseCase listEvents) {
        this.listEvents = listEvents;
    }

    void list(ApiCall call) {
        EventQuery query = new EventQuery(
                call.workspaceId(),
                filter(call, "visitorId").map(VisitorId::of),
                filter(call, "type").map(EventEndpoints::type),
                filter(call, "limit").map(EventEndpoints::limit).orElse(EventQuery.DEFAULT_LIMIT),
                filter(call, "cursor"));
        call.respond(200, EventPageJson.of(listEvents.list(query)));
    }

    static Optional<String> filter(ApiCall call, String name) {
        return call.queryParam(name).filter(value -> !value.isEmpty());
    }

    static int limit(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("limit", "must be a whole number");
        }
    }

    private static EventType type(String name) {
        return EventType.named(name).orElseThrow(() -> new InvalidFieldException("type", "is not an event type"));
    }

    /** One page; {@code nextCursor} is {@code null} on the last. */
    record EventPageJson(List<JsonObject> events, String nextCursor) {
        static EventPageJson of(EventPage page) {
            return new EventPageJson(
                    page.events().stream().map(IdentityEvent::toJson).toList(),
                    page.nextCursor().orElse(null));
        }
    }
}
