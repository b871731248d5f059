package visitoridentity.application.port;

import java.time.Instant;
import java.util.Objects;
import visitoridentity.domain.id.AnonymousId;

/** A token that has not been revoked: the anonymous id it opens, when it was issued and when last used. */
public record LiveVisitorToken(AnonymousId anonymousId, Instant issuedAt, Instant lastUsedAt) {
    public LiveVisitorToken {
        Objects.requireNonNull(anonymousId, "anonymousId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }
}
