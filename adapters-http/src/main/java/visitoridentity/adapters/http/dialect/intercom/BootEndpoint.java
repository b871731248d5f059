package visitoridentity.adapters.http.dialect.intercom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import visitoridentity.adapters.http.dialect.HmacJwt;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /compat/intercom/{ws}/boot}: the settings a page passes to {@code Intercom('boot',
 * {...})}.
 *
 * <ul>
 *   <li>{@code intercom_user_jwt}: the backend's HS256 JWT (see {@link IntercomUserJwt}).
 *   <li>{@code user_id} (a string or a whole number), {@code email}, {@code phone}, {@code name}: a
 *       member sent in the body is the claim; one left out of the body is taken from the JWT. Either
 *       way a claim is verified only when the JWT carries it, with the same value.
 *   <li>Every other member is a custom attribute, merged into the metadata (a {@code null} removes
 *       the key), except the Messenger's own settings ({@code app_id}, {@code alignment}...), which
 *       are the widget's.
 * </ul>
 */
final class BootEndpoint {
    static final String TOKEN = "intercom_user_jwt";

    /** Members that are not custom attributes: the claims, the token, and the Messenger's settings. */
    static final Set<String> NOT_ATTRIBUTES = Set.of(
            TOKEN,
            "user_id",
            "email",
            "phone",
            "name",
            "app_id",
            "api_base",
            "user_hash",
            "alignment",
            "horizontal_padding",
            "vertical_padding",
            "hide_default_launcher",
            "custom_launcher_selector",
            "session_duration",
            "action_color",
            "background_color",
            "language_override",
            "z_index");

    private final IdentifyVisitorUseCase identifyVisitor;

    BootEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void boot(ApiCall call) {
        JsonFields body = call.jsonBody();
        Optional<String> token = body.text(TOKEN);
        Optional<HmacJwt> jwt = token.flatMap(BootEndpoint::readable);
        IdentifyVisitorCommand command = IdentifyVisitorCommand.builder(call.visitorCredentials())
                .externalId(userId(body, jwt))
                .email(claim(body, jwt, "email", Claim::email))
                .phone(claim(body, jwt, "phone", Claim::phone))
                .profile(new ProfilePatch(
                        claim(body, jwt, "name", DisplayName::of), FieldPatch.keep(), FieldPatch.keep()))
                .metadata(customAttributes(body))
                .proof(new IntercomUserJwt(token))
                .build();
        IdentityResult result = identifyVisitor.identify(command);
        call.respondIdentified(result, IdentityResultJson.of(result));
    }

    /** The token when it can be read at all; one that cannot is judged (and refused) by its proof. */
    private static Optional<HmacJwt> readable(String token) {
        try {
            return Optional.of(HmacJwt.parse(token));
        } catch (HmacJwt.Refusal unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Claim<ExternalId>> userId(JsonFields body, Optional<HmacJwt> jwt) {
        if (body.value("user_id").isPresent()) {
            return body.present("user_id")
                    .map(value -> body.asMember("user_id", () -> Claim.externalId(idText(value))));
        }
        return jwt.flatMap(token -> fromToken(token, "user_id"))
                .map(id -> body.asMember("user_id", () -> Claim.externalId(id)));
    }

    /** A string as sent; a whole number as its decimal text, as a JWT carries it. */
    private static String idText(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.value();
        }
        if (value instanceof JsonNumber number) {
            try {
                return Long.toString(Long.parseLong(number.text()));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("user_id", "must be a string or a whole number");
            }
        }
        throw new ProblemException(Problem.invalidJson("user_id", "user_id must be a string, a whole number or null"));
    }

    /** The body's member (absent keeps, {@code null} clears) or, when the body leaves it out, the JWT's. */
    private static <T> FieldPatch<T> claim(
            JsonFields body, Optional<HmacJwt> jwt, String name, Function<String, T> parse) {
        if (body.value(name).isPresent()) {
            return body.patch(name, parse);
        }
        return jwt.flatMap(token -> fromToken(token, name))
                .map(value -> FieldPatch.set(body.asMember(name, () -> parse.apply(value))))
                .orElse(FieldPatch.keep());
    }

    /** A claim of a token that may not hold: what it says is the call's, unverified until the proof says otherwise. */
    private static Optional<String> fromToken(HmacJwt jwt, String name) {
        try {
            return jwt.text(name);
        } catch (HmacJwt.Refusal wrongType) {
            return Optional.empty();
        }
    }

    private static MetadataPatch customAttributes(JsonFields body) {
        Map<String, JsonValue> attributes = new LinkedHashMap<>();
        for (String name : body.memberNames()) {
            if (!NOT_ATTRIBUTES.contains(name)) {
                attributes.put(name, body.value(name).orElseThrow());
            }
        }
        return attributes.isEmpty() ? MetadataPatch.NONE : MetadataPatch.merge(new JsonObject(attributes));
    }
}
