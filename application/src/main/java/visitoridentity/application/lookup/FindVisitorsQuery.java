package visitoridentity.application.lookup;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;

/** Optional filters, a page size of 1 to 100 (default 20), and the cursor of the previous page. */
public record FindVisitorsQuery(
        WorkspaceId workspaceId,
        Optional<ExternalId> externalId,
        Optional<Email> email,
        int limit,
        Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public FindVisitorsQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and 100");
        }
    }
}
