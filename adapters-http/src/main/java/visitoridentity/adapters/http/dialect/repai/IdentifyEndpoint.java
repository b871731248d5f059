package visitoridentity.adapters.http.dialect.repai;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.identify.Warning;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.IdAndEmailSignature;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /compat/repai/{ws}/identify} {@code {id, data, hash}}.
 *
 * <ul>
 *   <li>{@code id}: a string, or an integer read as its decimal text ({@code 123} and {@code "123"}
 *       are one user, and the hash signs {@code {"id":"123",...}}); {@code null} or absent claims
 *       nothing, and the data goes to the session's own visitor.
 *   <li>{@code data}: applied only when it holds an {@code email}; otherwise it is ignored with a
 *       {@code data-ignored} warning and the id still applies. Its reserved keys fill the profile
 *       ({@code email}, {@code displayName} → name, {@code avatar} → avatarUrl, {@code tag}) and stay
 *       in the data, which is merged into the metadata whole (a top-level {@code null} removes a key,
 *       and clears the profile field of a reserved one) within 1024 bytes, or the call is refused.
 *   <li>{@code hash}: the CanonicalIdEmailJson HMAC over the id and the data's email.
 * </ul>
 */
final class IdentifyEndpoint {
    /** The whole stored data object, reserved keys included, in UTF-8 bytes of its compact JSON. */
    static final MetadataPolicy DATA_LIMIT = new MetadataPolicy(1024, SizeUnit.BYTES, Overflow.REJECT);

    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]*");

    private final IdentifyVisitorUseCase identifyVisitor;

    IdentifyEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void identify(ApiCall call) {
        VisitorCredentials credentials = call.visitorCredentials();
        JsonFields body = call.jsonBody();
        Data data = Data.of(body);
        IdentityResult result = identifyVisitor.identify(command(credentials, body, data));
        call.respondIdentified(
                result,
                IdentityResultJson.of(data.ignored().map(result::withWarning).orElse(result)));
    }

    private static IdentifyVisitorCommand command(VisitorCredentials credentials, JsonFields body, Data data) {
        Optional<Claim<ExternalId>> id = body.present("id").map(value -> body.asMember("id", () -> claimedId(value)));
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(id)
                .email(data.email())
                .profile(data.profile())
                .metadata(data.metadata())
                .proof(new IdAndEmailSignature(body.text("hash")))
                .vendorMetadataPolicy(DATA_LIMIT)
                .build();
    }

    /** A string as sent; an integer as its decimal text, which is what the backend signs. */
    private static Claim<ExternalId> claimedId(JsonValue id) {
        if (id instanceof JsonString text) {
            return Claim.externalId(text.value());
        }
        if (id instanceof JsonNumber number) {
            if (!WHOLE_NUMBER.matcher(number.text()).matches()) {
                throw new InvalidFieldException("id", "must be a string or a whole number");
            }
            return Claim.externalId(number.text());
        }
        throw new ProblemException(Problem.invalidJson("id", "id must be a string, a whole number or null"));
    }

    /** What the data object does to the visitor: everything, when it has an email; nothing otherwise. */
    private record Data(
            FieldPatch<Claim<Email>> email, ProfilePatch profile, MetadataPatch metadata, Optional<Warning> ignored) {
        static final Data NONE = new Data(FieldPatch.keep(), ProfilePatch.NONE, MetadataPatch.NONE, Optional.empty());

        static Data of(JsonFields body) {
            Optional<JsonObject> object = body.jsonObject("data");
            if (object.isEmpty()) {
                return NONE;
            }
            JsonFields data = body.fields("data").orElseThrow();
            Optional<Claim<Email>> email = data.text("email", Claim::email);
            if (email.isEmpty()) {
                return object.get().members().isEmpty() ? NONE : ignored(object.get());
            }
            return new Data(
                    FieldPatch.set(email.get()),
                    new ProfilePatch(
                            data.patch("displayName", DisplayName::of),
                            data.patch("avatar", AvatarUrl::of),
                            data.patch("tag", Tag::of)),
                    body.asMember("data", () -> MetadataPatch.merge(object.get())),
                    Optional.empty());
        }

        private static Data ignored(JsonObject object) {
            Warning warning = new Warning(
                    Warning.DATA_IGNORED,
                    "data without an email is ignored, as Rep.ai ignores it; the id still applies",
                    List.copyOf(object.members().keySet()));
            return new Data(FieldPatch.keep(), ProfilePatch.NONE, MetadataPatch.NONE, Optional.of(warning));
        }
    }
}
