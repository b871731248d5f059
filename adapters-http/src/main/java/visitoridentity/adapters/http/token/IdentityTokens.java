package visitoridentity.adapters.http.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import visitoridentity.domain.verification.Proof;

/**
 * Turns the {@code identityToken} of an identify call into its claims and the proof that verifies
 * them: {@code sub} is the external id, {@code email}, {@code phone_number}, {@code name} and
 * {@code picture} (the avatar URL) the profile. A claim of another JSON type than a string is ignored.
 */
public final class IdentityTokens {
    private final IdentityTokenVerifier verifier;

    public IdentityTokens(IdentityTokenVerifier verifier) {
        this.verifier = verifier;
    }

    public TokenIdentity read(String token) {
        Proof proof = new IdentityTokenProof(token, verifier);
        Optional<JWTClaimsSet> claims;
        try {
            claims = Optional.of(IdentityTokenReader.claims(IdentityTokenReader.signed(token)));
        } catch (TokenRefusedException unreadable) {
            claims = Optional.empty();
        }
        return new TokenIdentity(
                text(claims, "sub"),
                text(claims, "email"),
                text(claims, "phone_number"),
                text(claims, "name"),
                text(claims, "picture"),
                proof);
    }

    private static Optional<String> text(Optional<JWTClaimsSet> claims, String name) {
        return claims.map(set -> set.getClaim(name))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }
}
