package visitoridentity.application.port;

import java.time.Instant;
import java.util.Objects;
import visitoridentity.domain.id.AnonymousId;

/** A device (anonymous id) of a visitor and when it was last seen. */
public record SeenDevice(AnonymousId anonymousId, Instant lastSeenAt) {
    public SeenDevice {
        Objects.requireNonNull(anonymousId, "anonymousId");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
