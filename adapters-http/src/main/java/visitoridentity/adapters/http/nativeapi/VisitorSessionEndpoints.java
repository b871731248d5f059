package visitoridentity.adapters.http.nativeapi;

import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.context.TrustedContext;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.session.RevokeSessionUseCase;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.json.JsonObject;

/**
 * The browser's session: start a visitor, show it, what a downstream action may trust about it,
 * and its end (the browser's logout, an administrator's revoke of every session of a visitor).
 */
final class VisitorSessionEndpoints {
    private final StartVisitorUseCase startVisitor;
    private final ShowCurrentVisitorUseCase showCurrentVisitor;
    private final ResolveTrustedContextUseCase resolveTrustedContext;
    private final RevokeSessionUseCase revokeSession;

    VisitorSessionEndpoints(
            StartVisitorUseCase startVisitor,
            ShowCurrentVisitorUseCase showCurrentVisitor,
            ResolveTrustedContextUseCase resolveTrustedContext,
            RevokeSessionUseCase revokeSession) {
        this.startVisitor = startVisitor;
        this.showCurrentVisitor = showCurrentVisitor;
        this.resolveTrustedContext = resolveTrustedContext;
        this.revokeSession = revokeSession;
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

    void logout(ApiCall call) {
        revokeSession.logout(call.visitorCredentials());
        call.respondNoContent();
    }

    void revokeAll(ApiCall call) {
        revokeSession.revokeAll(call.workspaceId(), call.pathId("visitorId", "visitor", VisitorId::of));
        call.respondNoContent();
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
