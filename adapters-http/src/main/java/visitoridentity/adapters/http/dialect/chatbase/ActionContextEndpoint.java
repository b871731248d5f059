package visitoridentity.adapters.http.dialect.chatbase;

import com.fasterxml.jackson.annotation.JsonProperty;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.context.TrustedContext;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.json.JsonObject;

/**
 * {@code GET /compat/chatbase/{ws}/action-context}: what Chatbase sends its custom actions about the
 * session's user. {@code user_id} is {@code null} unless the id is trusted (a verified hash, or a
 * {@code disabled} workspace).
 */
final class ActionContextEndpoint {
    private final ResolveTrustedContextUseCase resolveTrustedContext;

    ActionContextEndpoint(ResolveTrustedContextUseCase resolveTrustedContext) {
        this.resolveTrustedContext = resolveTrustedContext;
    }

    void show(ApiCall call) {
        call.respond(200, ActionContextJson.of(resolveTrustedContext.resolve(call.visitorCredentials())));
    }

    record ActionContextJson(
            @JsonProperty("user_id") String userId,
            @JsonProperty("user_metadata") JsonObject userMetadata) {
        static ActionContextJson of(TrustedContext context) {
            return new ActionContextJson(
                    context.externalId().map(ExternalId::value).orElse(null),
                    context.metadata().object());
        }
    }
}
