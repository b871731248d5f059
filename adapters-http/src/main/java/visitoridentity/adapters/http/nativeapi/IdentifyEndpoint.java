package visitoridentity.adapters.http.nativeapi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.token.IdentityTokens;
import visitoridentity.adapters.http.token.TokenIdentity;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.metadata.MetadataMode;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /v1/workspaces/{ws}/identify}. A member that is absent keeps the stored value; a
 * {@code null} clears email, phone, name, avatarUrl or tag. The external id is claimed when it is a
 * string and never cleared. Metadata absent or {@code null} changes nothing; {@code metadataMode}
 * defaults to merge. Each claim's signature is a PlainValue HMAC in {@code signatures}.
 *
 * <p>Or the claims come in an {@code identityToken} (a JWS its backend minted): then external id,
 * email and phone are the token's, and may not be sent beside it, nor {@code signatures}; the
 * token's {@code name} and {@code picture} fill name and avatarUrl unless the body sets them.
 *
 * <p>When the call moves the device to another visitor, the answer's {@code visitorToken} (and the
 * {@code X-Visitor-Token} header) is the device's fresh token; the one the call was made with is
 * revoked.
 */
final class IdentifyEndpoint {
    private static final List<String> BESIDE_A_TOKEN = List.of("externalId", "email", "phone", "signatures");

    private final IdentifyVisitorUseCase identifyVisitor;
    private final IdentityTokens identityTokens;

    IdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor, IdentityTokens identityTokens) {
        this.identifyVisitor = identifyVisitor;
        this.identityTokens = identityTokens;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = call.visitorCredentials();
        JsonFields body = call.jsonBody();
        IdentifyVisitorCommand command =
                body.value("identityToken").isPresent() ? tokenCommand(credentials, body) : command(credentials, body);
        IdentityResult result = identifyVisitor.identify(command);
        call.respondIdentified(result, IdentityResultJson.withVisitorToken(result));
    }

    private IdentifyVisitorCommand tokenCommand(VisitorCredentials credentials, JsonFields body) {
        String token = body.requiredText("identityToken");
        for (String member : BESIDE_A_TOKEN) {
            if (body.value(member).isPresent()) {
                throw new InvalidFieldException(
                        member,
                        "must not be sent beside identityToken: the token carries the external id (sub), email and"
                                + " phone_number, and proves them itself");
            }
        }
        TokenIdentity identity = identityTokens.read(token);
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(
                        identity.externalId().map(sub -> body.asMember("identityToken", () -> Claim.externalId(sub))))
                .email(identity.email()
                        .<FieldPatch<Claim<Email>>>map(
                                email -> FieldPatch.set(body.asMember("identityToken", () -> Claim.email(email))))
                        .orElse(FieldPatch.keep()))
                .phone(identity.phone()
                        .<FieldPatch<Claim<Phone>>>map(
                                phone -> FieldPatch.set(body.asMember("identityToken", () -> Claim.phone(phone))))
                        .orElse(FieldPatch.keep()))
                .profile(new ProfilePatch(
                        orFromToken(body.patch("name", DisplayName::of), identity.name(), DisplayName::of, body),
                        orFromToken(body.patch("avatarUrl", AvatarUrl::of), identity.picture(), AvatarUrl::of, body),
                        body.patch("tag", Tag::of)))
                .metadata(metadata(body))
                .proof(identity.proof())
                .build();
    }

    private static <T> FieldPatch<T> orFromToken(
            FieldPatch<T> fromBody, Optional<String> fromToken, Function<String, T> parse, JsonFields body) {
        if (!(fromBody instanceof FieldPatch.Keep<T>) || fromToken.isEmpty()) {
            return fromBody;
        }
        return FieldPatch.set(body.asMember("identityToken", () -> parse.apply(fromToken.get())));
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
