package visitoridentity.application.event;

import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;
import visitoridentity.application.port.IdentityEventRepository;

/** See {@link ListEventsUseCase}. */
public final class ListEvents implements ListEventsUseCase {
    private final IdentityEventRepository events;

    public ListEvents(IdentityEventRepository events) {
        this.events = events;
    }

    @Override
    public EventPage list(EventQuery query) {
        return events.find(query);
    }
}
