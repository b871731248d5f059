package visitoridentity.application.event;

/** The audit log: a workspace's identity events, oldest first, by visitor and type, a page at a time. */
public interface ListEventsUseCase {
    EventPage list(EventQuery query);
}
