package visitoridentity.adapters.http.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.TokenPolicy;

/** The rules every dialect JWT obeys, each with the token an attacker would send. */
class HmacJwtTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String SECRET = JwtWorkspace.SECRET;
    static final String OLD_SECRET = "the-previous-secret-in-its-grace-32-bytes";

    /** key-2 active with {@link #SECRET}; key-1, {@link #OLD_SECRET}, verifying for another hour. */
    static ProofContext context() {
        SigningKeyRing keys = new SigningKeyRing(
                new SigningKey("key-2", new SigningSecret(SECRET), NOW.minusSeconds(60), Optional.empty()),
                List.of(new SigningKey(
                        "key-1",
                        new SigningSecret(OLD_SECRET),
                        NOW.minusSeconds(3600),
                        Optional.of(NOW.plusSeconds(3600)))));
        return new ProofContext(WorkspaceId.of("ws_1"), keys, NOW, AnonymousId.of("anon_1"));
    }

    static String token(Optional<String> kid, String secret, Map<String, Object> claims, Instant expiry) {
        return JwtWorkspace.token(kid, secret, claims, expiry);
    }

    private static String valid() {
        return token(Optional.of("key-2"), SECRET, Map.of("sub", "u"), NOW.plus(Duration.ofMinutes(5)));
    }

    private static HmacJwt.Refusal refusal(String token, boolean kidRequired) {
        try {
            HmacJwt.parse(token).verify(context(), kidRequired);
        } catch (HmacJwt.Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("the token was accepted");
    }

    @Test
    void aTokenSignedWithTheKeyItsKidNamesVerifies() {
        assertThat(HmacJwt.parse(valid()).verify(context(), true)).isEqualTo("key-2");
        String previous = token(Optional.of("key-1"), OLD_SECRET, Map.of(), NOW.plusSeconds(60));
        assertThat(HmacJwt.parse(previous).verify(context(), true)).isEqualTo("key-1");
    }

    @Test
    void withoutAKidOnlyTheActiveKeyIsTried() {
        String active = token(Optional.empty(), SECRET, Map.of(), NOW.plusSeconds(60));
        String previous = token(Optional.empty(), OLD_SECRET, Map.of(), NOW.plusSeconds(60));

        assertThat(HmacJwt.parse(active).verify(context(), false)).isEqualTo("key-2");
        assertThat(refusal(previous, false).code()).isEqualTo("token-invalid");
        assertThat(refusal(active, true).getMessage()).contains("kid");
    }

    /** A leaked database holds the signing keys: under public keys only, a JWT they sign proves nothing. */
    @Test
    void aWorkspaceThatTakesOnlyPublicKeysRefusesAJwtSignedWithItsSigningKey() {
        ProofContext publicKeysOnly = new ProofContext(
                WorkspaceId.of("ws_1"),
                context().keys(),
                NOW,
                AnonymousId.of("anon_1"),
                TokenPolicy.DEFAULT.withPublicKeysOnly(true));

        assertThatThrownBy(() -> HmacJwt.parse(valid()).verify(publicKeysOnly, true))
                .isInstanceOfSatisfying(HmacJwt.Refusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("token-invalid");
                    assertThat(refusal.reason()).isEqualTo("hmac-refused");
                });
    }

    @Test
    void aKidOfARetiredOrUnknownKeyIsRefused() {
        String unknown = token(Optional.of("key-9"), SECRET, Map.of(), NOW.plusSeconds(60));

        assertThat(refusal(unknown, false).code()).isEqualTo("token-invalid");
        assertThat(refusal(unknown, false).reason()).isEqualTo("unknown-key");
    }

    @Test
    void aKidThatNamesTheOtherKeyDoesNotVerify() {
        String swapped = token(Optional.of("key-1"), SECRET, Map.of(), NOW.plusSeconds(60));

        assertThat(refusal(swapped, false).reason()).isEqualTo("mismatch");
    }

    @Test
    void algNoneIsRefusedThoughItsClaimsCanBeRead() {
        String none = JwtWorkspace.unsigned(
                "{\"sub\":\"u\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");

        assertThat(HmacJwt.parse(none).text("sub")).contains("u");
        assertThat(refusal(none, false).code()).isEqualTo("token-invalid");
    }

    @Test
    void algorithmsOtherThanHs256AreRefused() {
        String payload = "{\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}";
        for (String alg : List.of("HS384", "HS512", "hs256", "RS256")) {
            String token = JwtWorkspace.handMade("{\"alg\":\"" + alg + "\",\"kid\":\"key-2\"}", payload, SECRET);
            assertThat(refusal(token, false).code()).as(alg).isIn("token-invalid", "token-malformed");
        }
    }

    @Test
    void aCriticalHeaderIsRefused() {
        String token = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"kid\":\"key-2\",\"crit\":[\"x\"],\"x\":1}",
                "{\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}",
                SECRET);

        assertThat(refusal(token, false).code()).isIn("token-invalid", "token-malformed");
    }

    @Test
    void expiryIsRequiredAndHasSixtySecondsOfSkew() {
        String noExpiry = JwtWorkspace.handMade("{\"alg\":\"HS256\",\"kid\":\"key-2\"}", "{\"sub\":\"u\"}", SECRET);
        String justExpired = token(Optional.of("key-2"), SECRET, Map.of(), NOW.minusSeconds(59));
        String expired = token(Optional.of("key-2"), SECRET, Map.of(), NOW.minusSeconds(60));

        assertThat(refusal(noExpiry, false).code()).isEqualTo("token-malformed");
        assertThat(HmacJwt.parse(justExpired).verify(context(), false)).isEqualTo("key-2");
        assertThat(refusal(expired, false).code()).isEqualTo("token-expired");
    }

    @Test
    void aNotBeforeInTheFutureBeyondTheSkewIsNotYetValid() {
        long later = NOW.plusSeconds(120).getEpochSecond();
        long soon = NOW.plusSeconds(30).getEpochSecond();
        long expiry = NOW.plusSeconds(600).getEpochSecond();
        String notYet = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"kid\":\"key-2\"}", "{\"nbf\":" + later + ",\"exp\":" + expiry + "}", SECRET);
        String withinSkew = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"kid\":\"key-2\"}", "{\"nbf\":" + soon + ",\"exp\":" + expiry + "}", SECRET);

        assertThat(refusal(notYet, false).code()).isEqualTo("token-not-yet-valid");
        assertThat(HmacJwt.parse(withinSkew).verify(context(), false)).isEqualTo("key-2");
    }

    @Test
    void aTokenOver8KibIsNotEvenParsed() {
        String huge = token(Optional.of("key-2"), SECRET, Map.of("pad", "x".repeat(8200)), NOW.plusSeconds(60));

        assertThatThrownBy(() -> HmacJwt.parse(huge))
                .isInstanceOfSatisfying(
                        HmacJwt.Refusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("token-malformed"));
    }

    @Test
    void garbageAndATamperedPayloadAreRefused() {
        String[] parts = valid().split("\\.");
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("{\"sub\":\"admin\",\"exp\":"
                                        + NOW.plusSeconds(60).getEpochSecond() + "}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThatThrownBy(() -> HmacJwt.parse("a.b")).isInstanceOf(HmacJwt.Refusal.class);
        assertThatThrownBy(() -> HmacJwt.parse("")).isInstanceOf(HmacJwt.Refusal.class);
        assertThat(refusal(tampered, false).reason()).isEqualTo("mismatch");
    }

    @Test
    void aClaimOfTheWrongTypeIsMalformedAndAWholeNumberIsItsDigits() {
        HmacJwt jwt = HmacJwt.parse(token(
                Optional.of("key-2"),
                SECRET,
                Map.of("id", 42L, "list", List.of("a"), "flag", "yes", "fraction", 1.5),
                NOW.plusSeconds(60)));

        assertThat(jwt.text("id")).contains("42");
        assertThat(jwt.text("absent")).isEmpty();
        assertThatThrownBy(() -> jwt.text("list")).isInstanceOf(HmacJwt.Refusal.class);
        assertThatThrownBy(() -> jwt.text("fraction")).isInstanceOf(HmacJwt.Refusal.class);
        assertThatThrownBy(() -> jwt.bool("flag")).isInstanceOf(HmacJwt.Refusal.class);
    }

    @Test
    void aRefusalSaysWhatToFixWithoutTheToken() {
        String token =
                token(Optional.of("key-2"), "a-different-secret-that-is-32-bytes-long", Map.of(), NOW.plusSeconds(60));

        HmacJwt.Refusal refusal = refusal(token, false);

        assertThat(refusal.getMessage()).doesNotContain(token.split("\\.")[2]).doesNotContain(SECRET);
        assertThat(refusal.check("jwt").refusal().getMessage()).isEqualTo(refusal.getMessage());
    }
}
