package visitoridentity.application.port;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.VisitorId;

/** Filters and a keyset cursor for listing visitors; {@code externalId} matches the stored claim whatever its trust. */
public record VisitorQuery(
        Optional<ExternalId> externalId, Optional<Email> email, int limit, Optional<VisitorId> after) {}
