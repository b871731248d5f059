package visitoridentity.application.port;

import java.util.List;
import java.util.Optional;

/** One page of events, oldest first, and the cursor of the next page (empty when none follows yet). */
public record EventPage(List<IdentityEvent> events, Optional<String> nextCursor) {
    public EventPage {
        events = List.copyOf(events);
    }
}
