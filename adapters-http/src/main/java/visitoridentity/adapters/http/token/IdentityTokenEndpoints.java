package visitoridentity.adapters.http.token;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.json.Timestamps;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.application.sign.MintIdentityTokenCommand;
import visitoridentity.application.sign.MintedIdentityToken;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.token.ManagePublicKeysUseCase;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;

/**
 * The admin side of identity tokens: {@code POST .../identity-tokens} mints one (HS256, the active
 * signing key); {@code POST|GET .../public-keys} and {@code DELETE .../public-keys/{kid}} manage the
 * public keys tokens signed by a backend's private key are verified with. Routes are declared by the
 * native API.
 */
public final class IdentityTokenEndpoints {
    private static final long MAX_TTL_SECONDS = 86_400;

    private final SignIdentityUseCase signIdentity;
    private final ManagePublicKeysUseCase publicKeys;

    public IdentityTokenEndpoints(SignIdentityUseCase signIdentity, ManagePublicKeysUseCase publicKeys) {
        this.signIdentity = signIdentity;
        this.publicKeys = publicKeys;
    }

    public void mint(ApiCall call) {
        JsonFields body = call.jsonBody();
        Optional<Duration> ttl = body.integer("ttlSeconds").map(seconds -> {
            if (seconds < 1 || seconds > MAX_TTL_SECONDS) {
                throw new InvalidFieldException("ttlSeconds", "must be between 1 and the workspace's maxTokenLifetime");
            }
            return Duration.ofSeconds(seconds);
        });
        MintedIdentityToken minted = signIdentity.mint(new MintIdentityTokenCommand(
                call.workspaceId(),
                body.requiredText("externalId"),
                body.text("email"),
                body.text("phone"),
                body.text("name"),
                body.text("anonymousId"),
                ttl));
        call.respond(200, new MintedJson(minted.identityToken(), Timestamps.format(minted.expiresAt())));
    }

    public void registerKey(ApiCall call) {
        JsonFields body = call.jsonBody();
        String kid = body.requiredText("kid");
        JsonObject jwkMember = body.jsonObject("jwk")
                .orElseThrow(() -> new InvalidFieldException("jwk", "is required: the public key as a JWK object"));
        JWK jwk = PublicJwk.parseForRegistration(CompactJson.write(jwkMember));
        if (jwk.getKeyID() != null && !jwk.getKeyID().equals(kid)) {
            throw new InvalidFieldException(
                    "jwk", "has a kid other than the kid it is registered under: drop it, or make them equal");
        }
        RegisteredPublicKey registered = publicKeys.register(call.workspaceId(), kid, PublicJwk.json(jwk));
        call.respond(201, PublicKeyJson.of(registered));
    }

    public void listKeys(ApiCall call) {
        call.respond(
                200,
                new PublicKeysJson(publicKeys.list(call.workspaceId()).stream()
                        .map(PublicKeyJson::of)
                        .toList()));
    }

    public void deleteKey(ApiCall call) {
        publicKeys.remove(call.workspaceId(), call.pathText("kid"));
        call.respondNoContent();
    }

    record MintedJson(String identityToken, String expiresAt) {
        @Override
        public String toString() {
            return "MintedJson[identityToken=redacted, expiresAt=" + expiresAt + "]";
        }
    }

    record PublicKeysJson(List<PublicKeyJson> publicKeys) {}

    /** A registered key: its kid, the algorithm it verifies, the JWK, and when it was registered. */
    record PublicKeyJson(String kid, String alg, Map<String, Object> jwk, String createdAt) {
        static PublicKeyJson of(RegisteredPublicKey key) {
            JWK jwk;
            try {
                jwk = JWK.parse(key.jwk());
            } catch (java.text.ParseException unusable) {
                return new PublicKeyJson(key.kid(), null, Map.of(), Timestamps.format(key.createdAt()));
            }
            return new PublicKeyJson(
                    key.kid(),
                    PublicJwk.algorithmOf(jwk).map(alg -> alg.getName()).orElse(null),
                    jwk.toPublicJWK().toJSONObject(),
                    Timestamps.format(key.createdAt()));
        }
    }
}
