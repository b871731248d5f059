package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.signature.IndependentHmac.TEST_SECRET;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.domain.id.AnonymousId;

class HmacSha256Test {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final SigningKeyRing KEYS = SigningKeyRing.of(new SigningSecret(TEST_SECRET), NOW);
    private static final PlainValue USER_123 = PlainValue.of("user_123");
    private static final String USER_123_SIGNATURE = "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2";

    static Stream<Arguments> designTestVectors() {
        return Stream.of(
                Arguments.of(USER_123, USER_123_SIGNATURE),
                Arguments.of(
                        CanonicalIdEmailJson.of("123", Optional.of("jessie@example.com")),
                        "07db1af362f953e5b754d78dcff260fbfaabf1cf8c6dbd0850cf750d9eb87a8d"),
                Arguments.of(
                        CanonicalIdEmailJson.of("123", Optional.empty()),
                        "51ca6ca3cc60e58afb1ec3c0e8f78c26eb66f5682be07d6718e446f8d872084e"),
                Arguments.of(
                        PlainValue.of("jane@example.com"),
                        "bb414211fec7cc5fe3b0bed27cb3a0759735b2472393cbc7fdfb34891b4377e7"));
    }

    @ParameterizedTest
    @MethodSource("designTestVectors")
    void signsTheDesignTestVectors(SignedPayload payload, String signature) {
        assertThat(HmacSha256.sign(KEYS.active(), payload)).isEqualTo(signature);
    }

    @ParameterizedTest
    @MethodSource("designTestVectors")
    void verifiesTheDesignTestVectors(SignedPayload payload, String signature) {
        assertThat(check(Optional.of(signature), payload)).isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void signsAsTheIndependentMacDoes() {
        assertThat(HmacSha256.sign(KEYS.active(), PlainValue.of("Jörg 😀"))).isEqualTo(IndependentHmac.hex("Jörg 😀"));
    }

    @Test
    void signsInLowerCaseHex() {
        assertThat(HmacSha256.sign(KEYS.active(), USER_123)).matches("[0-9a-f]{64}");
    }

    @Test
    void acceptsUpperCaseHex() {
        assertThat(check(Optional.of(USER_123_SIGNATURE.toUpperCase(Locale.ROOT)), USER_123))
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void acceptsMixedCaseHex() {
        String mixed = USER_123_SIGNATURE.substring(0, 32).toUpperCase(Locale.ROOT) + USER_123_SIGNATURE.substring(32);
        assertThat(check(Optional.of(mixed), USER_123)).isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void noSignatureIsMissing() {
        assertThat(check(Optional.empty(), USER_123)).isEqualTo(SignatureCheck.MISSING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c",
                "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c20",
                "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64cg",
                " 30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2",
                "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2\n",
                "0x30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64",
                "MEAK6ps/xRVHbHLc4Eomf00zMUAvD/WVpIwUi7dOn2TC",
                "３0aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2"
            })
    void aSignatureThatIsNot64HexCharactersIsMalformed(String signature) {
        assertThat(check(Optional.of(signature), USER_123)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void aSignatureOfAnotherValueIsInvalid() {
        assertThat(check(Optional.of(IndependentHmac.hex("user_124")), USER_123))
                .isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void aSignatureByAnotherSecretIsInvalid() {
        assertThat(check(Optional.of(IndependentHmac.hex("whsec_other", "user_123")), USER_123))
                .isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void theKeyIsTheUtf8BytesOfTheSecret() {
        String secret = "sécret-ключ-🔑";
        SigningKeyRing keys = SigningKeyRing.of(new SigningSecret(secret), NOW);

        assertThat(HmacSha256.sign(keys.active(), USER_123)).isEqualTo(IndependentHmac.hex(secret, "user_123"));
        assertThat(HmacSha256.check(keys, NOW, Optional.of(IndependentHmac.hex(secret, "user_123")), USER_123))
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void anAlsoAcceptedFormVerifies() {
        PlainValue email = new PlainValue("Jane@Example.com", Optional.of("jane@example.com"));

        assertThat(check(Optional.of(IndependentHmac.hex("Jane@Example.com")), email))
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(Optional.of(IndependentHmac.hex("jane@example.com")), email))
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void anAnonymousIdIsSignedAsItsValue() {
        AnonymousIdValue payload = new AnonymousIdValue(AnonymousId.of("anon_7Hq2"));

        assertThat(HmacSha256.sign(KEYS.active(), payload)).isEqualTo(IndependentHmac.hex("anon_7Hq2"));
        assertThat(check(Optional.of(IndependentHmac.hex("anon_7Hq2")), payload))
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void aPreviousKeyVerifiesBeforeItsValidUntilButNotAtOrAfterIt() {
        SigningKeyRing rotated = KEYS.rotate(new SigningSecret("whsec_next"), NOW, SigningKeyRing.DEFAULT_GRACE);
        Instant end = NOW.plus(SigningKeyRing.DEFAULT_GRACE);
        Optional<String> byOldKey = Optional.of(USER_123_SIGNATURE);

        assertThat(HmacSha256.check(rotated, end.minusNanos(1), byOldKey, USER_123))
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(HmacSha256.check(rotated, end, byOldKey, USER_123)).isEqualTo(SignatureCheck.INVALID);
        assertThat(HmacSha256.check(rotated, end.plusSeconds(1), byOldKey, USER_123))
                .isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void theNewKeyVerifiesRightAfterRotation() {
        SigningKeyRing rotated = KEYS.rotate(new SigningSecret("whsec_next"), NOW, SigningKeyRing.DEFAULT_GRACE);

        assertThat(HmacSha256.check(rotated, NOW, Optional.of(IndependentHmac.hex("whsec_next", "user_123")), USER_123))
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @Test
    void graceZeroRetiresThePreviousKeyAtOnce() {
        SigningKeyRing rotated = KEYS.rotate(new SigningSecret("whsec_next"), NOW, Duration.ZERO);

        assertThat(HmacSha256.check(rotated, NOW, Optional.of(USER_123_SIGNATURE), USER_123))
                .isEqualTo(SignatureCheck.INVALID);
    }

    private static SignatureCheck check(Optional<String> signature, SignedPayload payload) {
        return HmacSha256.check(KEYS, NOW, signature, payload);
    }
}
