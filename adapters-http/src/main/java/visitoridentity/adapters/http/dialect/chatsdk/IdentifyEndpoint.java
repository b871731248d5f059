package visitoridentity.adapters.http.dialect.chatsdk;

import java.util.function.Supplier;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.verification.DeviceSignature;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /compat/chatsdk/{ws}/identify} {@code {name, email, externalId, metadata, hmac}}. The
 * hmac is the AnonymousIdValue HMAC of the session's anonymous id and vouches for every claim of the
 * call: ignored in a {@code disabled} workspace, leaving the claims unverified in an {@code optional}
 * one, and required on every call, unsigned ones too, in a {@code required} one ("HMAC verification
 * failed"). Name and email are kept when absent and cleared by {@code null}; the external id is
 * claimed when it is a string. Metadata merges within the workspace's limit. A visitor token that is
 * missing or not valid is the SDK's "SDK not initialized".
 */
final class IdentifyEndpoint {
    private static final String SDK_NOT_INITIALIZED = "SDK not initialized";

    private final IdentifyVisitorUseCase identifyVisitor;

    IdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = initializedSdk(call::visitorCredentials);
        IdentifyVisitorCommand command = command(credentials, call.jsonBody());
        IdentityResult result = initializedSdk(() -> identifyVisitor.identify(command));
        call.respondIdentified(result, ChatSdkIdentityResult.of(result));
    }

    private static IdentifyVisitorCommand command(VisitorCredentials credentials, JsonFields body) {
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(body.text("externalId", Claim::externalId))
                .email(body.patch("email", Claim::email))
                .profile(new ProfilePatch(body.patch("name", DisplayName::of), FieldPatch.keep(), FieldPatch.keep()))
                .metadata(body.jsonObject("metadata").map(MetadataPatch::merge).orElse(MetadataPatch.NONE))
                .proof(new DeviceSignature(body.text("hmac")))
                .build();
    }

    /** The SDK reports a session it cannot use, however it failed, in its own words. */
    private static <T> T initializedSdk(Supplier<T> step) {
        try {
            return step.get();
        } catch (UnauthorizedException notInitialized) {
            throw new ProblemException(Problem.of(Problem.UNAUTHORIZED, 401, "Unauthorized", SDK_NOT_INITIALIZED));
        }
    }
}
