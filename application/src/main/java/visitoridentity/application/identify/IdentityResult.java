package visitoridentity.application.identify;

import java.util.List;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.visitor.Visitor;

/**
 * The visitor as stored after the call, the calling session's anonymous id, whether the current
 * external id is proven by a signature, and the call's warnings.
 */
public record IdentityResult(
        Visitor visitor, AnonymousId anonymousUserId, boolean hmacVerified, List<Warning> warnings) {
    public IdentityResult {
        warnings = List.copyOf(warnings);
    }
}
