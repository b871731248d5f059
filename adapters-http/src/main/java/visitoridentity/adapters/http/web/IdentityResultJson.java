package visitoridentity.adapters.http.web;

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
        List<WarningJson> warnings) {

    public static IdentityResultJson of(IdentityResult result) {
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
                result.warnings().stream().map(WarningJson::of).toList());
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
