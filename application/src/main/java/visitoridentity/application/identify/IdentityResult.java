package visitoridentity.application.identify;

import java.util.ArrayList;
import java.util.List;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.visitor.Visitor;

/**
 * The visitor as stored after the call, the calling session's anonymous id, whether the current
 * external id is proven by a signature (or, for the chat SDK, the call's device hmac held), and the
 * call's warnings.
 */
public record IdentityResult(
        Visitor visitor, AnonymousId anonymousUserId, boolean hmacVerified, List<Warning> warnings) {
    public IdentityResult {
        warnings = List.copyOf(warnings);
    }

    /** This result with one more warning (a dialect's own, about data it did not pass on). */
    public IdentityResult withWarning(Warning warning) {
        List<Warning> all = new ArrayList<>(warnings);
        all.add(warning);
        return new IdentityResult(visitor, anonymousUserId, hmacVerified, all);
    }
}
