package visitoridentity.application.event;

import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;

/** The audit log: a workspace's identity events, oldest first, by visitor and type, a page at a time. */
public interface ListEventsUseCase {
    EventPage list(EventQuery query);
}
