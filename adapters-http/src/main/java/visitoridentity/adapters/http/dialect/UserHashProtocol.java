package visitoridentity.adapters.http.dialect;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.context.TrustedContext;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.PerClaimSignatures;

/**
 * The identify protocol Chatbase defined and Chatbase-compatible vendors (Nexvio) speak, as a
 * building block their dialects mount:
 *
 * <ul>
 *   <li>{@code POST .../identify} {@code {user_id, user_hash, user_metadata}}: the user id is claimed
 *       with {@code user_hash}, its PlainValue HMAC; a hash that does not verify keeps the call but
 *       leaves the id unverified, so it never reaches the action context (refused only in a
 *       {@code required} workspace). {@code user_metadata} replaces the stored metadata, truncated
 *       at 1000 characters; absent or {@code null} it changes nothing.
 *   <li>{@code GET .../action-context} {@code {user_id, user_metadata}}: what the vendor's custom
 *       actions receive; {@code user_id} is {@code null} unless the id is trusted.
 * </ul>
 *
 * Shared rather than copied so the two vendors cannot drift apart by accident; a vendor whose
 * protocol diverges gets its own endpoints in its own package.
 */
public final class UserHashProtocol {
    /** The limit on all metadata combined, counted in code points of the compact JSON. */
    public static final MetadataPolicy USER_METADATA_LIMIT =
            new MetadataPolicy(1000, SizeUnit.CHARACTERS, Overflow.TRUNCATE);

    private UserHashProtocol() {}

    /** Mounts both endpoints for the named vendor (the name only appears in the API description). */
    public static void register(DialectRoutes routes, String vendor) {
        routes.identify(
                "/identify",
                "Identify with " + vendor + "'s payload {user_id, user_hash, user_metadata}; user_hash signs user_id",
                call -> identify(routes, call));
        routes.get(
                "/action-context",
                "What a custom action may trust: {user_id, user_metadata}, user_id null unless trusted",
                call -> call.respond(
                        200, ActionContextJson.of(routes.resolveTrustedContext().resolve(call.visitorCredentials()))));
    }

    private static void identify(DialectRoutes routes, ApiCall call) {
        IdentifyVisitorCommand command = command(call, call.jsonBody());
        IdentityResult result = routes.identifyVisitor().identify(command);
        call.respondIdentified(result, IdentityResultJson.of(result));
    }

    private static IdentifyVisitorCommand command(ApiCall call, JsonFields body) {
        return IdentifyVisitorCommand.builder(call.visitorCredentials())
                .externalId(body.text("user_id", Claim::externalId))
                .metadata(body.jsonObject("user_metadata")
                        .map(metadata -> body.asMember("user_metadata", () -> MetadataPatch.replace(metadata)))
                        .orElse(MetadataPatch.NONE))
                .proof(new PerClaimSignatures(body.text("user_hash"), Optional.empty(), Optional.empty()))
                .vendorMetadataPolicy(USER_METADATA_LIMIT)
                .build();
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
