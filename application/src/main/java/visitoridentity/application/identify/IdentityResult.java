package visitoridentity.application.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.visitor.Visitor;

/**
 * The visitor as stored after the call, the calling session's anonymous id, whether the current
 * external id is proven by a signature (or, for the chat SDK, the call's device hmac held), the
 * call's warnings, and {@code visitorToken}: the device's fresh token when the call moved it to
 * another visitor (the token the call was made with no longer works), empty otherwise.
 */
public record IdentityResult(
        Visitor visitor,
        AnonymousId anonymousUserId,
        boolean hmacVerified,
        List<Warning> warnings,
        Optional<String> visitorToken) {
    public IdentityResult {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(visitorToken, "visitorToken");
    }

    /** A result that hands out no new token. */
    public IdentityResult(Visitor visitor, AnonymousId anonymousUserId, boolean hmacVerified, List<Warning> warnings) {
        this(visitor, anonymousUserId, hmacVerified, warnings, Optional.empty());
    }

    /** This result with one more warning (a dialect's own, about data it did not pass on). */
    public IdentityResult withWarning(Warning warning) {
        List<Warning> all = new ArrayList<>(warnings);
        all.add(warning);
        return new IdentityResult(visitor, anonymousUserId, hmacVerified, all, visitorToken);
    }

    /** Never shows the fresh token: it is a bearer secret. */
    @Override
    public String toString() {
        return "IdentityResult[visitor=" + visitor + ", anonymousUserId=" + anonymousUserId + ", hmacVerified="
                + hmacVerified + ", warnings=" + warnings + ", visitorToken="
                + visitorToken.map(token -> "redacted").orElse("none") + "]";
    }
}
