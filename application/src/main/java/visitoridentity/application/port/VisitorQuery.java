package visitoridentity.application.port;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.VisitorId;

/**
 * Filters and a keyset cursor for listing visitors; {@code externalId} matches the stored claim
 * whatever its trust; {@code namePrefix} matches the start of the name, case-insensitively (it is
 * given lower-cased, see {@link visitoridentity.application.lookup.FindVisitorsQuery}).
 */
public record VisitorQuery(
        Optional<ExternalId> externalId,
        Optional<Email> email,
        Optional<String> namePrefix,
        int limit,
        Optional<VisitorId> after) {

    /** No name filter. */
    public VisitorQuery(Optional<ExternalId> externalId, Optional<Email> email, int limit, Optional<VisitorId> after) {
        this(externalId, email, Optional.empty(), limit, after);
    }
}
