package visitoridentity.adapters.http.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

/** Which keys may be registered, and the one algorithm each verifies. */
class PublicJwkTest {

    @Test
    void eachAcceptedKeyTypeVerifiesExactlyOneAlgorithm() throws Exception {
        assertThat(PublicJwk.algorithmOf(new RSAKeyGenerator(2048).generate().toPublicJWK()))
                .contains(JWSAlgorithm.RS256);
        assertThat(PublicJwk.algorithmOf(
                        new ECKeyGenerator(Curve.P_256).generate().toPublicJWK()))
                .contains(JWSAlgorithm.ES256);
        assertThat(PublicJwk.algorithmOf(
                        new OctetKeyPairGenerator(Curve.Ed25519).generate().toPublicJWK()))
                .contains(JWSAlgorithm.EdDSA);
    }

    @Test
    void weakOtherCurveSymmetricPrivateOrMisdeclaredKeysVerifyNothing() throws Exception {
        assertThat(PublicJwk.algorithmOf(
                        new RSAKeyGenerator(1024, true).generate().toPublicJWK()))
                .isEmpty();
        assertThat(PublicJwk.algorithmOf(
                        new ECKeyGenerator(Curve.P_384).generate().toPublicJWK()))
                .isEmpty();
        assertThat(PublicJwk.algorithmOf(new OctetSequenceKeyGenerator(256).generate()))
                .isEmpty();
        assertThat(PublicJwk.algorithmOf(new ECKeyGenerator(Curve.P_256).generate()))
                .isEmpty();
        assertThat(PublicJwk.algorithmOf(new ECKeyGenerator(Curve.P_256)
                        .algorithm(JWSAlgorithm.RS256)
                        .generate()
                        .toPublicJWK()))
                .isEmpty();
        assertThat(PublicJwk.algorithmOf(new ECKeyGenerator(Curve.P_256)
                        .keyUse(KeyUse.ENCRYPTION)
                        .generate()
                        .toPublicJWK()))
                .isEmpty();
    }

    @Test
    void aPrivateKeyIsRefusedAtRegistrationAndNeverStored() throws Exception {
        String privateJwk = new ECKeyGenerator(Curve.P_256).generate().toJSONString();

        assertThatThrownBy(() -> PublicJwk.parseForRegistration(privateJwk))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("jwk"));
    }

    @Test
    void somethingElseThanAJwkIsRefused() {
        assertThatThrownBy(() -> PublicJwk.parseForRegistration("{\"kty\":\"nope\"}"))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> PublicJwk.parseForRegistration(
                        new OctetSequenceKeyGenerator(256).generate().toJSONString()))
                .isInstanceOf(InvalidFieldException.class);
    }
}
