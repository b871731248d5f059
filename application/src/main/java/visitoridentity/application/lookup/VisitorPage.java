package visitoridentity.application.lookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.visitor.Visitor;

/**
 * One page of visitors, the anonymous ids (devices) of each, read for the page in one go, and the
 * cursor of the next page, empty on the last.
 */
public record VisitorPage(
        List<Visitor> visitors, Map<VisitorId, List<AnonymousId>> anonymousIds, Optional<String> nextCursor) {
    public VisitorPage {
        visitors = List.copyOf(visitors);
        anonymousIds = Map.copyOf(anonymousIds);
    }

    /** The visitor's anonymous ids in the order they were first stored. */
    public List<AnonymousId> anonymousIdsOf(VisitorId visitorId) {
        return anonymousIds.getOrDefault(visitorId, List.of());
    }
}
