package visitoridentity.adapters.http.dialect.zendesk;

import java.util.Optional;
import java.util.function.Function;
import visitoridentity.adapters.http.dialect.HmacJwt;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * {@code POST /compat/zendesk/{ws}/login} {@code {jwt}}: what {@code zE('messenger', 'loginUser',
 * callback)} sends with the JWT the callback got from the backend.
 *
 * <ul>
 *   <li>Every claim is the JWT's: {@code external_id} (required) the external id, {@code email} the
 *       email, {@code name} the name. The workspace's mode judges them as for every proof
 *       ({@link ZendeskJwt}).
 *   <li>A JWT that cannot be read, or that carries no {@code external_id}, has nothing to log in with:
 *       {@code 401 token-malformed} in every mode.
 *   <li>A verified email that a visitor with another external id already holds verified refuses the
 *       call with {@code 409 conflict}, as Zendesk refuses it.
 * </ul>
 */
final class LoginEndpoint {
    private final IdentifyVisitorUseCase identifyVisitor;

    LoginEndpoint(IdentifyVisitorUseCase identifyVisitor) {
        this.identifyVisitor = identifyVisitor;
    }

    void login(ApiCall call) {
        String token = call.jsonBody().requiredText(ZendeskJwt.FIELD);
        HmacJwt jwt = readable(token);
        String externalId = claim(jwt, "external_id")
                .orElseThrow(() -> new ProofRefusedException(
                        HmacJwt.MALFORMED, ZendeskJwt.FIELD, "Zendesk's JWT must carry the external_id claim"));
        IdentifyVisitorCommand command = IdentifyVisitorCommand.builder(call.visitorCredentials())
                .externalId(Optional.of(parsed("external_id", externalId, Claim::externalId)))
                .email(claim(jwt, "email")
                        .map(email -> FieldPatch.set(parsed("email", email, Claim::email)))
                        .orElse(FieldPatch.keep()))
                .profile(new ProfilePatch(
                        claim(jwt, "name")
                                .map(name -> FieldPatch.set(parsed("name", name, DisplayName::of)))
                                .orElse(FieldPatch.keep()),
                        FieldPatch.keep(),
                        FieldPatch.keep()))
                .proof(new ZendeskJwt(token))
                .exclusiveVerifiedEmail()
                .build();
        IdentityResult result = identifyVisitor.identify(command);
        call.respondIdentified(result, IdentityResultJson.of(result));
    }

    private static HmacJwt readable(String token) {
        try {
            return HmacJwt.parse(token);
        } catch (HmacJwt.Refusal refusal) {
            throw new ProofRefusedException(refusal.code(), ZendeskJwt.FIELD, refusal.getMessage());
        }
    }

    private static Optional<String> claim(HmacJwt jwt, String name) {
        try {
            return jwt.text(name);
        } catch (HmacJwt.Refusal refusal) {
            throw new ProofRefusedException(refusal.code(), ZendeskJwt.FIELD, refusal.getMessage());
        }
    }

    /** A claim of the JWT that breaks its rule is named as a member of the JWT ({@code jwt.email}). */
    private static <T> T parsed(String name, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (InvalidFieldException invalid) {
            throw new InvalidFieldException(ZendeskJwt.FIELD + "." + name, invalid.rule());
        }
    }
}
