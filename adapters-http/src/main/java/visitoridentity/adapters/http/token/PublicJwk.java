package visitoridentity.adapters.http.token;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * The public keys identity tokens may be verified with, and the one algorithm each verifies: an RSA
 * key of at least 2048 bits for RS256, a P-256 EC key for ES256, an Ed25519 key for EdDSA. A key that
 * names another algorithm ({@code alg}) or use ({@code use}) than that one verifies nothing, so an
 * algorithm can never be tried with a key of another type.
 */
final class PublicJwk {
    static final int MIN_RSA_BITS = 2048;

    private PublicJwk() {}

    /** The JWK of a registration, checked; a private or symmetric key is refused before it is stored. */
    static JWK parseForRegistration(String json) {
        JWK key;
        try {
            key = JWK.parse(json);
        } catch (ParseException notAJwk) {
            throw new InvalidFieldException("jwk", "must be a JSON Web Key (RFC 7517) object");
        }
        if (key.isPrivate()) {
            throw new InvalidFieldException(
                    "jwk", "holds private key material: register the public key only (drop d, p, q, dp, dq, qi)");
        }
        if (algorithmOf(key).isEmpty()) {
            throw new InvalidFieldException(
                    "jwk",
                    "must be an RSA key of at least 2048 bits (RS256), a P-256 EC key (ES256) or an Ed25519 OKP key"
                            + " (EdDSA), with use \"sig\" and alg matching when they are given");
        }
        return key;
    }

    /** The JWK as JSON, never with private members (they were refused or dropped). */
    static String json(JWK key) {
        Map<String, Object> members = key.toPublicJWK().toJSONObject();
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(members);
    }

    /** The one algorithm this public key verifies, if it is one a token may use. */
    static Optional<JWSAlgorithm> algorithmOf(JWK key) {
        if (key.isPrivate() || (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse()))) {
            return Optional.empty();
        }
        Optional<JWSAlgorithm> algorithm = Optional.empty();
        if (key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_BITS) {
            algorithm = Optional.of(JWSAlgorithm.RS256);
        } else if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            algorithm = Optional.of(JWSAlgorithm.ES256);
        } else if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            algorithm = Optional.of(JWSAlgorithm.EdDSA);
        }
        Algorithm named = key.getAlgorithm();
        return algorithm.filter(alg -> named == null || alg.equals(named));
    }
}
