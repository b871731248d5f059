package visitoridentity.adapters.http.nativeapi;

import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.metadata.MetadataMode;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /v1/workspaces/{ws}/identify}. A member that is absent keeps the stored value; a
 * {@code null} clears email, phone, name, avatarUrl or tag. The external id is claimed when it is a
 * string and never cleared. Metadata absent or {@code null} changes nothing; {@code metadataMode}
 * defaults to merge. Each claim's signature is a PlainValue HMAC in {@code signatures}. When the
 * call moves the device to another visitor, the answer's {@code visitorToken} (and the {@code
 * X-Visitor-Token} header) is the device's fresh token; the one the call was made with is revoked.
 */
final class IdentifyEndpoint {
    private final IdentifyVisitorUseCase identifyVisitor;

    IdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = call.visitorCredentials();
        IdentifyVisitorCommand command = command(credentials, call.jsonBody());
        IdentityResult result = identifyVisitor.identify(command);
        call.respondIdentified(result, IdentityResultJson.withVisitorToken(result));
    }

    private static IdentifyVisitorCommand command(VisitorCredentials credentials, JsonFields body) {
        JsonFields signatures = body.fields("signatures").orElseGet(() -> JsonFields.of(JsonObject.EMPTY));
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(body.text("externalId").map(Claim::externalId))
                .email(body.patch("email", Claim::email))
                .phone(body.patch("phone", Claim::phone))
                .profile(new ProfilePatch(
                        body.patch("name", DisplayName::of),
                        body.patch("avatarUrl", AvatarUrl::of),
                        body.patch("tag", Tag::of)))
                .metadata(metadata(body))
                .proof(new PerClaimSignatures(
                        signatures.text("externalId"), signatures.text("email"), signatures.text("phone")))
                .build();
    }

    private static MetadataPatch metadata(JsonFields body) {
        MetadataMode mode = body.enumValue("metadataMode", MetadataMode.class).orElse(MetadataMode.MERGE);
        return body.jsonObject("metadata")
                .map(entries -> new MetadataPatch(entries, mode))
                .orElse(MetadataPatch.NONE);
    }
}
