package visitoridentity.adapters.http.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.adapters.http.token.TokenFixture.refusalCode;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;

/** Every claim rule of an identity token, and every attack on one, with tokens nimbus signs directly. */
class IdentityTokenVerificationTest {
    private TokenFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new TokenFixture();
    }

    private Judgement optional(String token) {
        return fixture.judge(VerificationMode.OPTIONAL, token);
    }

    private Optional<String> refusal(String token) {
        return refusalCode(optional(token));
    }

    @Test
    void aValidTokenVerifiesItsSubjectPhoneAndVerifiedEmailWithTheKeyThatSignedIt() {
        String token = fixture.hs256(fixture.claims()
                .claim("email", "jane@example.com")
                .claim("email_verified", true)
                .claim("phone_number", "+4915112345678")
                .build());

        Judgement judgement = optional(token);

        SentClaims claims = judgement.claims();
        assertThat(judgement.refusal()).isEmpty();
        assertThat(claims.externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(claims.externalId().orElseThrow().provenance().orElseThrow().keyId())
                .contains("key-1");
        assertThat(claims.externalId().orElseThrow().provenance().orElseThrow().scheme())
                .isEqualTo("identity-token");
        assertThat(claims.email().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(claims.phone().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
    }

    @Test
    void anEmailIsVerifiedOnlyWithEmailVerifiedTrue() {
        String unverified = fixture.hs256(
                fixture.claims().claim("email", "jane@example.com").build());
        String saysFalse = fixture.hs256(fixture.claims()
                .claim("email", "jane@example.com")
                .claim("email_verified", false)
                .build());
        String saysTrueAsText = fixture.hs256(fixture.claims()
                .claim("email", "jane@example.com")
                .claim("email_verified", "true")
                .build());

        for (String token : new String[] {unverified, saysFalse, saysTrueAsText}) {
            Judgement judgement = fixture.judge(VerificationMode.REQUIRED, token);
            assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
            assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        }
    }

    @Test
    void algNoneIsRefusedAsInvalid() {
        String token = new PlainJWT(fixture.claims().build()).serialize();

        assertThat(refusal(token)).contains("token-invalid");
    }

    @Test
    void anHs256TokenSignedWithARegisteredPublicKeyAsItsSecretIsRefused() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        fixture.app
                .useCases
                .managePublicKeys()
                .register(fixture.workspace, "rsa-1", rsa.toPublicJWK().toJSONString());
        byte[] publicBytes = rsa.toPublicJWK().toRSAPublicKey().getEncoded();
        String confused = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                fixture.claims().build(),
                new MACSigner(publicBytes));
        String confusedWithoutKid = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).build(),
                fixture.claims().build(),
                new MACSigner(publicBytes));

        assertThat(refusal(confused)).contains("token-invalid");
        assertThat(refusal(confusedWithoutKid)).contains("token-invalid");
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIsRefused() {
        assertThat(refusal(fixture.hs256(
                        fixture.claims().audience("ws_someone_else").build())))
                .contains("token-audience");
        assertThat(refusal(
                        fixture.hs256(fixture.claims().audience((String) null).build())))
                .contains("token-audience");
    }

    @Test
    void anExpiredTokenIsRefusedButSixtySecondsOfSkewAreAllowed() {
        String token = fixture.hs256(fixture.claims()
                .expirationTime(Date.from(fixture.now().plus(Duration.ofMinutes(1))))
                .build());

        fixture.clock.advance(Duration.ofSeconds(60 + 59));
        assertThat(refusal(token)).isEmpty();

        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(refusal(token)).contains("token-expired");
    }

    @Test
    void aTokenWithoutExpIsRefused() {
        assertThat(refusal(fixture.hs256(fixture.claims().expirationTime(null).build())))
                .contains("token-invalid");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        String early = fixture.hs256(fixture.claims()
                .notBeforeTime(Date.from(fixture.now().plus(Duration.ofMinutes(2))))
                .build());
        String issuedInTheFuture = fixture.hs256(fixture.claims()
                .issueTime(Date.from(fixture.now().plus(Duration.ofMinutes(2))))
                .expirationTime(Date.from(fixture.now().plus(Duration.ofMinutes(5))))
                .build());

        assertThat(refusal(early)).contains("token-not-yet-valid");
        assertThat(refusal(issuedInTheFuture)).contains("token-not-yet-valid");
    }

    @Test
    void aTokenLivingLongerThanTheWorkspaceAllowsIsRefused() {
        String twoHours = fixture.hs256(fixture.claims()
                .expirationTime(Date.from(fixture.now().plus(Duration.ofHours(2))))
                .build());
        assertThat(refusal(twoHours)).contains("token-invalid");

        fixture.policy = TokenPolicy.DEFAULT.withMaxTokenLifetime(Duration.ofMinutes(1));
        assertThat(refusal(fixture.hs256(fixture.claims().build()))).contains("token-invalid");
    }

    @Test
    void aTokenWithoutSubIsRefused() {
        assertThat(refusal(fixture.hs256(fixture.claims().subject(null).build())))
                .contains("token-invalid");
    }

    @Test
    void aTokenIdWorksOnceAndForEveryVerifierOverTheSameStore() {
        String token = fixture.hs256(fixture.claims().jwtID("jti-once").build());
        IdentityTokens secondInstance = new IdentityTokens(new IdentityTokenVerifier(
                fixture.app.useCases.managePublicKeys(),
                fixture.app.useCases.spendTokenId(),
                new JwksFetcher(fixture.clock)));

        assertThat(refusal(token)).isEmpty();
        assertThat(refusal(token)).contains("token-replayed");
        TokenIdentity again = secondInstance.read(token);
        assertThatThrownBy(() -> fixture.app.transactions.inTransaction(() -> IdentityVerification.verify(
                        VerificationMode.REQUIRED,
                        new SentClaims(
                                again.externalId().map(visitoridentity.domain.claim.Claim::externalId),
                                Optional.empty(),
                                Optional.empty()),
                        again.proof(),
                        fixture.context())))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("token-replayed"));
    }

    @Test
    void aRefusedTokenDoesNotSpendItsId() {
        String wrongAudience = fixture.hs256(
                fixture.claims().audience("elsewhere").jwtID("jti-kept").build());
        String good = fixture.hs256(fixture.claims().jwtID("jti-kept").build());

        assertThat(refusal(wrongAudience)).contains("token-audience");
        assertThat(refusal(good)).isEmpty();
    }

    @Test
    void aTokenBoundToAnotherDeviceIsRefusedAndToThisOneWorks() {
        assertThat(refusal(fixture.hs256(
                        fixture.claims().claim("nonce", "anon_another_device").build())))
                .contains("token-invalid");
        assertThat(refusal(fixture.hs256(fixture.claims()
                        .claim("nonce", TokenFixture.DEVICE.value())
                        .build())))
                .isEmpty();
    }

    @Test
    void aTokenOverEightKibIsRefusedAsMalformed() {
        String token = fixture.hs256(
                fixture.claims().claim("padding", "x".repeat(8 * 1024)).build());

        assertThat(refusal(token)).contains("token-malformed");
    }

    @Test
    void garbageIsMalformedAndRequiredRefusesItEvenWithoutClaims() {
        assertThat(refusal("not.a.token")).contains("token-malformed");
        assertThat(refusal("eyJhbGciOiJIUzI1NiJ9")).contains("token-malformed");
        assertThatThrownBy(() -> fixture.judge(VerificationMode.REQUIRED, "garbage"))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("token-malformed"));
    }

    @Test
    void aCritHeaderIsRefused() {
        String token = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID("key-1")
                        .customParam("exp", 1)
                        .criticalParams(Set.of("exp"))
                        .build(),
                fixture.claims().build(),
                TokenFixture.SECRET);

        assertThat(refusal(token)).contains("token-invalid");
    }

    @Test
    void anUnknownKidIsRefused() {
        String token = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-9").build(),
                fixture.claims().build(),
                TokenFixture.SECRET);

        assertThat(refusal(token)).contains("token-invalid");
    }

    @Test
    void aPreviousKeyVerifiesByItsKidDuringItsGraceAndNotAfter() {
        String signedWithOldKey = fixture.hs256(fixture.claims().build());
        fixture.app.signingKeys.save(
                fixture.workspace,
                fixture.keys()
                        .rotate(new SigningSecret(TokenFixture.NEXT_SECRET), fixture.now(), Duration.ofMinutes(1)));

        assertThat(refusal(signedWithOldKey)).isEmpty();
        fixture.clock.advance(Duration.ofSeconds(61));
        assertThat(refusal(signedWithOldKey)).contains("token-invalid");
    }

    @Test
    void aRevokedKeyVerifiesNothingAtOnce() {
        String signedWithOldKey = fixture.hs256(fixture.claims().build());
        fixture.app.signingKeys.save(
                fixture.workspace,
                fixture.keys().rotate(new SigningSecret(TokenFixture.NEXT_SECRET), fixture.now(), Duration.ZERO));

        assertThat(refusal(signedWithOldKey)).contains("token-invalid");
    }

    @Test
    void aTokenWithoutKidIsTriedWithTheActiveKeyOnly() {
        fixture.app.signingKeys.save(
                fixture.workspace,
                fixture.keys().rotate(new SigningSecret(TokenFixture.NEXT_SECRET), fixture.now(), Duration.ofDays(1)));
        JWSHeader noKid = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .build();

        assertThat(refusal(TokenFixture.sign(noKid, fixture.claims().build(), TokenFixture.NEXT_SECRET)))
                .isEmpty();
        assertThat(refusal(TokenFixture.sign(noKid, fixture.claims().build(), TokenFixture.SECRET)))
                .contains("token-invalid");
    }

    @Test
    void aWrongSignatureIsInvalidAndLeavesTheClaimsUnverifiedInOptionalMode() {
        String token = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
                fixture.claims()
                        .claim("email", "jane@example.com")
                        .claim("email_verified", true)
                        .build(),
                TokenFixture.NEXT_SECRET);

        Judgement judgement = optional(token);

        assertThat(refusalCode(judgement)).contains("token-invalid");
        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(judgement.claims().externalId().orElseThrow().text()).isEqualTo("user_123");
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
    }

    @Test
    void aValueNotInItsNormalFormProvesNothingAndSpendsNothing() {
        String token = fixture.hs256(
                fixture.claims().subject(" user_123").jwtID("jti-normal").build());

        assertThat(refusal(token)).contains("token-invalid");
        assertThat(refusal(fixture.hs256(fixture.claims().jwtID("jti-normal").build())))
                .isEmpty();
    }

    @Test
    void rs256Es256AndEdDsaVerifyWithRegisteredPublicKeys() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa").generate();
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        OctetKeyPair ed = new OctetKeyPairGenerator(Curve.Ed25519).keyID("ed").generate();
        var keys = fixture.app.useCases.managePublicKeys();
        keys.register(fixture.workspace, "rsa", rsa.toPublicJWK().toJSONString());
        keys.register(fixture.workspace, "ec", ec.toPublicJWK().toJSONString());
        keys.register(fixture.workspace, "ed", ed.toPublicJWK().toJSONString());

        String rs256 = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa").build(),
                fixture.claims().build(),
                new RSASSASigner(rsa));
        String es256 = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").build(),
                fixture.claims().build(),
                new ECDSASigner(ec));
        String edDsa = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed").build(),
                fixture.claims().build(),
                new Ed25519Signer(ed));

        for (String token : new String[] {rs256, es256, edDsa}) {
            Judgement judgement = fixture.judge(VerificationMode.REQUIRED, token);
            assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        }
    }

    @Test
    void anAlgorithmIsNeverTriedWithAKeyOfAnotherType() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa").generate();
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        fixture.app
                .useCases
                .managePublicKeys()
                .register(fixture.workspace, "rsa", rsa.toPublicJWK().toJSONString());

        String es256NamingTheRsaKey = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("rsa").build(),
                fixture.claims().build(),
                new ECDSASigner(ec));
        String rs512 = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("rsa").build(),
                fixture.claims().build(),
                new RSASSASigner(rsa));

        assertThat(refusal(es256NamingTheRsaKey)).contains("token-invalid");
        assertThat(refusal(rs512)).contains("token-invalid");
    }

    @Test
    void aDeletedPublicKeyVerifiesNothing() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        var keys = fixture.app.useCases.managePublicKeys();
        keys.register(fixture.workspace, "ec", ec.toPublicJWK().toJSONString());
        String token = TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").build(),
                fixture.claims().build(),
                new ECDSASigner(ec));
        assertThat(refusal(token)).isEmpty();

        keys.remove(fixture.workspace, "ec");

        assertThat(refusal(token)).contains("token-invalid");
    }

    @Test
    void aWorkspaceOfPublicKeysOnlyTakesNoHmacAtAll() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        fixture.app
                .useCases
                .managePublicKeys()
                .register(fixture.workspace, "ec", ec.toPublicJWK().toJSONString());
        fixture.policy = TokenPolicy.DEFAULT.withPublicKeysOnly(true);

        assertThat(refusal(fixture.hs256(fixture.claims().build()))).contains("token-invalid");
        assertThat(refusal(TokenFixture.sign(
                        new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").build(),
                        fixture.claims().build(),
                        new ECDSASigner(ec))))
                .isEmpty();
        String hmac = visitoridentity.domain.signature.HmacSha256.sign(
                fixture.keys().active(), visitoridentity.domain.signature.PlainValue.of("user_123"));
        assertThatThrownBy(() -> IdentityVerification.verify(
                        VerificationMode.REQUIRED,
                        new SentClaims(
                                Optional.of(visitoridentity.domain.claim.Claim.externalId("user_123")),
                                Optional.empty(),
                                Optional.empty()),
                        new PerClaimSignatures(Optional.of(hmac), Optional.empty(), Optional.empty()),
                        fixture.context()))
                .isInstanceOf(SignatureInvalidException.class);
    }

    @Test
    void aTokenMintedBySignIdentityVerifies() {
        String token = fixture.app
                .useCases
                .signIdentity()
                .mint(new visitoridentity.application.sign.MintIdentityTokenCommand(
                        fixture.workspace,
                        "user_123",
                        Optional.of("Jane@Example.com"),
                        Optional.empty(),
                        Optional.of("Jane"),
                        Optional.empty(),
                        Optional.of(Duration.ofMinutes(5))))
                .identityToken();

        Judgement judgement = fixture.judge(VerificationMode.REQUIRED, token);

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(refusal(token)).contains("token-replayed");
    }

    @Test
    void theClaimsOfATokenThatCannotBeReadAreNone() {
        TokenIdentity identity = fixture.tokens.read("%%%");

        assertThat(identity.externalId()).isEmpty();
        assertThat(identity.email()).isEmpty();
    }

    @Test
    void aRequiredWorkspaceRefusesABadTokenWithItsCode() {
        String expired = fixture.hs256(fixture.claims()
                .issueTime(Date.from(fixture.now().minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(fixture.now().minus(Duration.ofMinutes(5))))
                .build());

        assertThatThrownBy(() -> fixture.judge(VerificationMode.REQUIRED, expired))
                .isInstanceOfSatisfying(ProofRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("token-expired");
                    assertThat(refused.getMessage()).contains("mint a new one").doesNotContain(expired);
                });
    }
}
