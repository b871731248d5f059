package visitoridentity.adapters.http.dialect.chatbase;

import java.util.Optional;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.SentClaim;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.SignatureEvidence;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /compat/chatbase/{ws}/identify} {@code {user_id, user_hash, user_metadata}}: the user
 * id is claimed with {@code user_hash}, its PlainValue HMAC; a hash that does not verify keeps the
 * call but leaves the id unverified, so it never reaches the action context (refused only in a
 * {@code required} workspace). {@code user_metadata} replaces the stored metadata, truncated at 1000
 * characters; absent or {@code null} it changes nothing.
 */
final class IdentifyEndpoint {
    /** Chatbase's limit on all metadata combined, counted in code points of the compact JSON. */
    static final MetadataPolicy USER_METADATA_LIMIT = new MetadataPolicy(1000, SizeUnit.CHARACTERS, Overflow.TRUNCATE);

    private final IdentifyVisitorUseCase identifyVisitor;

    IdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = call.visitorCredentials();
        IdentifyVisitorCommand command = command(credentials, call.jsonBody());
        call.respond(200, IdentityResultJson.of(identifyVisitor.identify(command)));
    }

    private static IdentifyVisitorCommand command(VisitorCredentials credentials, JsonFields body) {
        return new IdentifyVisitorCommand(
                credentials,
                body.text("user_id", SentClaim::externalId),
                FieldPatch.keep(),
                FieldPatch.keep(),
                ProfilePatch.NONE,
                body.jsonObject("user_metadata")
                        .map(metadata -> body.asMember("user_metadata", () -> MetadataPatch.replace(metadata)))
                        .orElse(MetadataPatch.NONE),
                new SignatureEvidence.PerClaim(body.text("user_hash"), Optional.empty(), Optional.empty()),
                Optional.of(USER_METADATA_LIMIT),
                Optional.empty());
    }
}
