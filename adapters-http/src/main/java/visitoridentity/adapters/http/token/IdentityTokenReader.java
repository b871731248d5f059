package visitoridentity.adapters.http.token;

import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Reads a compact JWS with nimbus-jose-jwt, before anything is verified: its form only. */
final class IdentityTokenReader {
    private IdentityTokenReader() {}

    static SignedJWT signed(String token) throws TokenRefusedException {
        if (token.length() > IdentityTokenVerifier.MAX_TOKEN_CHARACTERS) {
            throw IdentityTokenVerifier.refused(TokenFailure.malformed(
                    "the identity token is over 8 KiB: keep only the identity in it (sub, email, name, ...) and"
                            + " send other data as metadata"));
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException notAJwt) {
            throw IdentityTokenVerifier.refused(TokenFailure.malformed(
                    "the identity token is not a compact JWS (three base64url parts, header.claims.signature,"
                            + " with a JSON header and JSON claims): send the token your backend minted, unchanged"));
        }
        if (jwt instanceof PlainJWT) {
            throw IdentityTokenVerifier.refused(TokenFailure.invalid(
                    "algorithm",
                    "the token is unsigned (alg none), which proves nothing: sign it with HS256, RS256, ES256 or"
                            + " EdDSA"));
        }
        if (jwt instanceof EncryptedJWT || !(jwt instanceof SignedJWT signed)) {
            throw IdentityTokenVerifier.refused(
                    TokenFailure.malformed("the identity token is encrypted (JWE): send a signed token (JWS) instead"));
        }
        return signed;
    }

    static JWTClaimsSet claims(SignedJWT jwt) throws TokenRefusedException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException notClaims) {
            throw IdentityTokenVerifier.refused(TokenFailure.malformed(
                    "the token's claims are not a JSON object of JWT claims (exp, nbf and iat in seconds, aud a"
                            + " string or an array of strings)"));
        }
    }
}
