package visitoridentity.application.lookup;

import java.util.List;
import java.util.Optional;
import visitoridentity.domain.visitor.Visitor;

/** One page of visitors and the cursor of the next page, empty on the last. */
public record VisitorPage(List<Visitor> visitors, Optional<String> nextCursor) {
    public VisitorPage {
        visitors = List.copyOf(visitors);
    }
}
