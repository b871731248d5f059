package visitoridentity.application.fake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;

/** The outbox in memory, in append order; the cursor is the position after the page. */
public final class InMemoryEvents implements IdentityEventRepository {
    final InMemoryTable<String, IdentityEvent> table = new InMemoryTable<>();

    @Override
    public void append(List<IdentityEvent> events) {
        events.forEach(event -> table.put(event.id(), event));
    }

    @Override
    public EventPage find(EventQuery query) {
        int from;
        try {
            from = query.cursor().map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API gave");
        }
        List<IdentityEvent> all = table.values()
                .filter(event -> event.workspaceId().equals(query.workspaceId()))
                .filter(event ->
                        query.visitorId().isEmpty() || event.visitorId().equals(query.visitorId()))
                .filter(event ->
                        query.type().isEmpty() || event.type() == query.type().get())
                .toList();
        List<IdentityEvent> page = all.stream().skip(from).limit(query.limit()).toList();
        boolean more = from + page.size() < all.size();
        return new EventPage(page, more ? Optional.of(String.valueOf(from + page.size())) : Optional.empty());
    }

    @Override
    public List<IdentityEvent> findByVisitors(WorkspaceId workspaceId, Collection<VisitorId> visitorIds) {
        return table.values()
                .filter(event -> event.workspaceId().equals(workspaceId))
                .filter(event -> event.visitorId().map(visitorIds::contains).orElse(false))
                .toList();
    }

    @Override
    public void replaceData(WorkspaceId workspaceId, String eventId, JsonObject data) {
        table.get(eventId)
                .ifPresent(event -> table.put(
                        eventId,
                        new IdentityEvent(
                                event.id(), event.type(), event.workspaceId(), event.visitorId(), event.at(), data)));
    }

    /** Every event, in append order. */
    public List<IdentityEvent> all() {
        return table.values().toList();
    }
}
