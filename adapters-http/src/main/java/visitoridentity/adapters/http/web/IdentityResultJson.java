package visitoridentity.adapters.http.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.identify.Warning;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.visitor.Visitor;

/**
 * The native API's IdentityResult, which dialects answer with too unless their vendor documents
 * another shape. Claims are shown as stored; {@code claimTrust} says how far each may be believed.
 * {@code visitorToken}, in the native identify's answer only and only when the call moved the
 * device to another visitor, is the device's fresh token (absent otherwise).
 */
public record IdentityResultJson(
        String id,
        String anonymousUserId,
        String externalId,
        String email,
        String name,
        String phone,
        String avatarUrl,
        String tag,
        JsonObject metadata,
        boolean hmacVerified,
        ClaimTrustJson claimTrust,
        String contactId,
        List<WarningJson> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) String visitorToken) {

    /** The answer without the fresh token (a dialect hands it over in a header, if at all). */
    public static IdentityResultJson of(IdentityResult result) {
        return of(result, null);
    }

    /** The native identify's answer: with the fresh token when the call rotated it. */
    public static IdentityResultJson withVisitorToken(IdentityResult result) {
        return of(result, result.visitorToken().orElse(null));
    }

    private static IdentityResultJson of(IdentityResult result, String visitorToken) {
        Visitor visitor = result.visitor();
        return new IdentityResultJson(
                visitor.id().value(),
                result.anonymousUserId().value(),
                claimValue(visitor.externalId()),
                claimValue(visitor.email()),
                visitor.profile().name().map(DisplayName::value).orElse(null),
                claimValue(visitor.phone()),
                visitor.profile().avatarUrl().map(AvatarUrl::value).orElse(null),
                visitor.profile().tag().map(Tag::value).orElse(null),
                visitor.metadata().object(),
                result.hmacVerified(),
                ClaimTrustJson.of(visitor),
                visitor.contactId().map(ContactId::value).orElse(null),
                result.warnings().stream().map(WarningJson::of).toList(),
                visitorToken);
    }

    /** Never shows the token: it is a bearer secret. */
    @Override
    public String toString() {
        return "IdentityResultJson[id=" + id + ", anonymousUserId=" + anonymousUserId + ", visitorToken="
                + (visitorToken == null ? "none" : "redacted") + "]";
    }

    /** {@code verified}, {@code trusted} or {@code unverified} per claim; {@code null} where there is no claim. */
    public record ClaimTrustJson(String externalId, String email, String phone) {
        public static ClaimTrustJson of(Visitor visitor) {
            return new ClaimTrustJson(trust(visitor.externalId()), trust(visitor.email()), trust(visitor.phone()));
        }

        private static String trust(Optional<? extends Claim<?>> claim) {
            return claim.map(c -> c.trust().name().toLowerCase(Locale.ROOT)).orElse(null);
        }
    }

    public record WarningJson(String code, String message, List<String> keys) {
        static WarningJson of(Warning warning) {
            return new WarningJson(warning.code(), warning.message(), warning.keys());
        }
    }

    private static String claimValue(Optional<? extends Claim<?>> claim) {
        return claim.map(Claim::text).orElse(null);
    }
}
