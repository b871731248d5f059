package visitoridentity.adapters.http.nativeapi;

import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.context.TrustedContext;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.json.JsonObject;

/** The browser's session: start a visitor, show it, and what a downstream action may trust about it. */
final class VisitorSessionEndpoints {
    private final StartVisitorUseCase startVisitor;
    private final ShowCurrentVisitorUseCase showCurrentVisitor;
    private final ResolveTrustedContextUseCase resolveTrustedContext;

    VisitorSessionEndpoints(
            StartVisitorUseCase startVisitor,
            ShowCurrentVisitorUseCase showCurrentVisitor,
            ResolveTrustedContextUseCase resolveTrustedContext) {
        this.startVisitor = startVisitor;
        this.showCurrentVisitor = showCurrentVisitor;
        this.resolveTrustedContext = resolveTrustedContext;
    }

    void start(ApiCall call) {
        call.respond(201, StartedVisitorJson.of(startVisitor.start(call.workspaceId())));
    }

    void me(ApiCall call) {
        call.respond(200, IdentityResultJson.of(showCurrentVisitor.show(call.visitorCredentials())));
    }

    void context(ApiCall call) {
        call.respond(200, TrustedContextJson.of(resolveTrustedContext.resolve(call.visitorCredentials())));
    }

    /** The new visitor; its token is shown this once. */
    record StartedVisitorJson(String visitorId, String anonymousId, String visitorToken) {
        static StartedVisitorJson of(StartedVisitor started) {
            return new StartedVisitorJson(
                    started.visitorId().value(), started.anonymousId().value(), started.visitorToken());
        }

        @Override
        public String toString() {
            return "StartedVisitorJson[visitorId=" + visitorId + ", anonymousId=" + anonymousId
                    + ", visitorToken=redacted]";
        }
    }

    /** Only trusted claims; an untrusted one is {@code null}. */
    record TrustedContextJson(String visitorId, String externalId, String email, String phone, JsonObject metadata) {
        static TrustedContextJson of(TrustedContext context) {
            return new TrustedContextJson(
                    context.visitorId().value(),
                    context.externalId().map(ExternalId::value).orElse(null),
                    context.email().map(Email::value).orElse(null),
                    context.phone().map(Phone::value).orElse(null),
                    context.metadata().object());
        }
    }
}
