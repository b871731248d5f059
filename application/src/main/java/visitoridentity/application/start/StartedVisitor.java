package visitoridentity.application.start;

import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;

/** The new visitor; {@code visitorToken} is shown this once and stored only as a hash. */
public record StartedVisitor(VisitorId visitorId, AnonymousId anonymousId, String visitorToken) {
    @Override
    public String toString() {
        return "StartedVisitor[visitorId=" + visitorId + ", anonymousId=" + anonymousId + ", visitorToken=redacted]";
    }
}
