package visitoridentity.application.lookup;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.visitor.Visitor;

/** See {@link FindVisitorsUseCase}. The cursor is opaque to callers: the last id of the page, encoded. */
public final class FindVisitors implements FindVisitorsUseCase {
    private static final String CURSOR_PREFIX = "after:";

    private final VisitorRepository visitors;

    public FindVisitors(VisitorRepository visitors) {
        this.visitors = visitors;
    }

    @Override
    public VisitorPage find(FindVisitorsQuery query) {
        List<Visitor> found = visitors.find(
                query.workspaceId(),
                new VisitorQuery(
                        query.externalId(),
                        query.email(),
                        query.namePrefix(),
                        query.limit() + 1,
                        query.cursor().map(FindVisitors::decode)));
        if (found.size() <= query.limit()) {
            return page(query, found, Optional.empty());
        }
        List<Visitor> page = found.subList(0, query.limit());
        return page(query, page, Optional.of(encode(page.get(page.size() - 1).id())));
    }

    private VisitorPage page(FindVisitorsQuery query, List<Visitor> page, Optional<String> nextCursor) {
        return new VisitorPage(
                page,
                visitors.anonymousIdsOf(
                        query.workspaceId(), page.stream().map(Visitor::id).toList()),
                nextCursor);
    }

    private static String encode(VisitorId last) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + last.value()).getBytes(StandardCharsets.UTF_8));
    }

    private static VisitorId decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return VisitorId.of(text.substring(CURSOR_PREFIX.length()));
        } catch (IllegalArgumentException | InvalidFieldException e) {
            throw new InvalidFieldException("cursor", "must be a cursor returned by a previous page");
        }
    }
}
