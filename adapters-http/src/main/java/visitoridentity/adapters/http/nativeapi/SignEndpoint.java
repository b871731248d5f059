package visitoridentity.adapters.http.nativeapi;

import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.application.sign.SignIdentityUseCase;

/**
 * {@code POST /v1/workspaces/{ws}/signatures}: the native (PlainValue) signatures of the claims
 * given, exactly as the browser will send them; a claim not given has a {@code null} signature.
 */
final class SignEndpoint {
    private final SignIdentityUseCase signIdentity;

    SignEndpoint(SignIdentityUseCase signIdentity) {
        this.signIdentity = signIdentity;
    }

    void sign(ApiCall call) {
        JsonFields body = call.jsonBody();
        IdentitySignatures signatures = signIdentity.sign(new SignIdentityCommand(
                call.workspaceId(),
                body.text("externalId"),
                body.text("email"),
                body.text("phone"),
                body.text("anonymousId")));
        call.respond(200, new SignaturesJson(SignaturesJson.Signatures.of(signatures)));
    }

    record SignaturesJson(Signatures signatures) {
        record Signatures(String externalId, String email, String phone, String anonymousId) {
            static Signatures of(IdentitySignatures signatures) {
                return new Signatures(
                        signatures.externalId().orElse(null),
                        signatures.email().orElse(null),
                        signatures.phone().orElse(null),
                        signatures.anonymousId().orElse(null));
            }
        }
    }
}
