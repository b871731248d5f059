package visitoridentity.adapters.http.dialect.botbrains;

import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.metadata.MetadataMode;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.PerClaimSignatures;

/**
 * {@code POST /compat/botbrains/{ws}/user.identify} {@code {external_id, external_id_signature,
 * email, email_signature, phone, phone_signature, external_attributes, merge_external_attributes}}.
 * Each claim is judged by its own PlainValue signature under the workspace's mode. Email and phone
 * are kept when absent and cleared by {@code null}; the external id is claimed when it is a string.
 * {@code external_attributes} merge into the metadata ({@code merge_external_attributes: false}
 * replaces the top-level keys instead) within 8191 bytes, or the call is refused; absent or
 * {@code null} they change nothing.
 */
final class UserIdentifyEndpoint {
    /** "below 8KB" in botBrains' words: the UTF-8 bytes of the compact JSON. */
    static final MetadataPolicy EXTERNAL_ATTRIBUTES_LIMIT = new MetadataPolicy(8191, SizeUnit.BYTES, Overflow.REJECT);

    private final IdentifyVisitorUseCase identifyVisitor;

    UserIdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = call.visitorCredentials();
        IdentifyVisitorCommand command = command(credentials, call.jsonBody());
        IdentityResult result = identifyVisitor.identify(command);
        call.respondIdentified(result, IdentityResultJson.of(result));
    }

    private static IdentifyVisitorCommand command(VisitorCredentials credentials, JsonFields body) {
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(body.text("external_id", Claim::externalId))
                .email(body.patch("email", Claim::email))
                .phone(body.patch("phone", Claim::phone))
                .metadata(externalAttributes(body))
                .proof(new PerClaimSignatures(
                        body.text("external_id_signature"), body.text("email_signature"), body.text("phone_signature")))
                .vendorMetadataPolicy(EXTERNAL_ATTRIBUTES_LIMIT)
                .build();
    }

    private static MetadataPatch externalAttributes(JsonFields body) {
        MetadataMode mode =
                body.bool("merge_external_attributes").orElse(true) ? MetadataMode.MERGE : MetadataMode.REPLACE;
        return body.jsonObject("external_attributes")
                .map(attributes -> body.asMember("external_attributes", () -> new MetadataPatch(attributes, mode)))
                .orElse(MetadataPatch.NONE);
    }
}
