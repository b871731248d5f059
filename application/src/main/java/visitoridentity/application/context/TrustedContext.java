package visitoridentity.application.context;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.metadata.Metadata;

/** Only trusted claims appear here; an untrusted one is empty. */
public record TrustedContext(
        VisitorId visitorId,
        Optional<ExternalId> externalId,
        Optional<Email> email,
        Optional<Phone> phone,
        Metadata metadata) {}
