package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Seeded property tests: every failure names its seed, so it can be replayed. */
class SignatureRoundTripTest {
    private static final long BASE_SEED = 0x2f8e52a1L;
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SECRET = IndependentHmac.TEST_SECRET;
    private static final SigningKeyRing KEYS = SigningKeyRing.of(new SigningSecret(SECRET), NOW);

    @RepeatedTest(300)
    void aSignedIdAndEmailVerifiesInBothEscapings(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        RandomText text = new RandomText(new Random(seed));
        String id = text.next(40);
        String email = text.next(40);
        String normalized = email.toLowerCase(Locale.ROOT);
        CanonicalIdEmailJson payload = new CanonicalIdEmailJson(id, Optional.of(email), Optional.of(normalized));

        String signed = HmacSha256.sign(KEYS.active(), CanonicalIdEmailJson.of(id, Optional.of(email)));

        assertThat(check(signed, payload)).as("seed %d", seed).isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(IndependentHmac.hex(SECRET, javaScriptJson(id, email)), payload))
                .as("seed %d: JavaScript form", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(IndependentHmac.hex(SECRET, pythonJson(id, email)), payload))
                .as("seed %d: Python form", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(IndependentHmac.hex(SECRET, pythonJson(id, normalized)), payload))
                .as("seed %d: Python form, normalized email", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
    }

    @RepeatedTest(300)
    void aSignedIdAloneVerifiesInBothEscapingsButNotAsAnotherId(RepetitionInfo repetition) {
        long seed = BASE_SEED * 31 + repetition.getCurrentRepetition();
        RandomText text = new RandomText(new Random(seed));
        String id = text.next(60);
        CanonicalIdEmailJson payload = CanonicalIdEmailJson.of(id, Optional.empty());

        assertThat(check(IndependentHmac.hex(SECRET, "{\"id\":" + javaScriptString(id) + "}"), payload))
                .as("seed %d: JavaScript form", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(IndependentHmac.hex(SECRET, "{\"id\":" + pythonString(id) + "}"), payload))
                .as("seed %d: Python form", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(HmacSha256.sign(KEYS.active(), payload), CanonicalIdEmailJson.of(id + "x", Optional.empty())))
                .as("seed %d: another id", seed)
                .isEqualTo(SignatureCheck.INVALID);
    }

    @RepeatedTest(300)
    void aSignedPlainValueVerifiesAndAnyFlippedBitDoesNot(RepetitionInfo repetition) {
        long seed = BASE_SEED * 17 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String value = new RandomText(random).next(80);
        PlainValue payload = PlainValue.of(value);
        byte[] signature = HexFormat.of().parseHex(HmacSha256.sign(KEYS.active(), payload));
        int bit = random.nextInt(256);
        signature[bit / 8] ^= (byte) (1 << (bit % 8));

        assertThat(check(IndependentHmac.hex(SECRET, value), payload))
                .as("seed %d", seed)
                .isEqualTo(SignatureCheck.VERIFIED);
        assertThat(check(HexFormat.of().formatHex(signature), payload))
                .as("seed %d: bit %d flipped", seed, bit)
                .isEqualTo(SignatureCheck.INVALID);
    }

    private static SignatureCheck check(String signature, SignedPayload payload) {
        return HmacSha256.check(KEYS, NOW, Optional.of(signature), payload);
    }

    private static String javaScriptJson(String id, String email) {
        return "{\"id\":" + javaScriptString(id) + ",\"email\":" + javaScriptString(email) + "}";
    }

    private static String pythonJson(String id, String email) {
        return "{\"id\":" + pythonString(id) + ",\"email\":" + pythonString(email) + "}";
    }

    /** JSON.stringify of a string (ES2019): short escapes, other controls and lone surrogates as \\u, the rest raw. */
    private static String javaScriptString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c < 0x20) {
                out.append(shortEscape(c).orElse(String.format("\\u%04x", (int) c)));
            } else {
                out.append(shortEscape(c).orElse(String.valueOf(c)));
            }
        }
        return out.append('"').toString();
    }

    /** json.dumps of a string (ensure_ascii): everything outside printable ASCII as \\u, per UTF-16 unit. */
    private static String pythonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(shortEscape(c).orElse(String.valueOf(c)));
            } else {
                out.append(shortEscape(c).orElse(String.format("\\u%04x", (int) c)));
            }
        }
        return out.append('"').toString();
    }

    private static Optional<String> shortEscape(char c) {
        return Optional.ofNullable(
                switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> null;
                });
    }
}
