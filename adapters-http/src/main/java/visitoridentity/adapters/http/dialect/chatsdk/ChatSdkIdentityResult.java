package visitoridentity.adapters.http.dialect.chatsdk;

import visitoridentity.application.identify.IdentityResult;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.visitor.Visitor;

/**
 * The chat SDK's IdentityResult: {@code id} is the visitor's id, {@code anonymousUserId} the
 * session's anonymous id (what the hmac signs), claims as stored, and {@code hmacVerified} as in
 * every result (this call's hmac verified, or the visitor's external id is proven). Warnings and
 * per-claim trust have no place in this shape; the native {@code GET /v1/workspaces/{ws}/visitors/me}
 * shows the trust.
 */
record ChatSdkIdentityResult(
        String id,
        String anonymousUserId,
        String externalId,
        String email,
        String name,
        JsonObject metadata,
        boolean hmacVerified) {

    static ChatSdkIdentityResult of(IdentityResult result) {
        Visitor visitor = result.visitor();
        return new ChatSdkIdentityResult(
                visitor.id().value(),
                result.anonymousUserId().value(),
                visitor.externalId().map(Claim::text).orElse(null),
                visitor.email().map(Claim::text).orElse(null),
                visitor.profile().name().map(DisplayName::value).orElse(null),
                visitor.metadata().object(),
                result.hmacVerified());
    }
}
