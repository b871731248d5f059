package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalIdEmailJsonTest {

    @Test
    void signsTheIdAloneWhenThereIsNoEmail() {
        assertThat(text(CanonicalIdEmailJson.of("123", Optional.empty()).message()))
                .isEqualTo("{\"id\":\"123\"}");
    }

    @Test
    void signsTheIdFirstThenTheEmailCompact() {
        assertThat(text(CanonicalIdEmailJson.of("123", Optional.of("jessie@example.com"))
                        .message()))
                .isEqualTo("{\"id\":\"123\",\"email\":\"jessie@example.com\"}");
    }

    @Test
    void signsNonAsciiRawAsJavaScriptDoes() {
        // node -e 'console.log(JSON.stringify({id:"Jörg/\"\\\x01\x7f\n😀\ud800", email:"ö@ex.com"}))'
        CanonicalIdEmailJson payload =
                CanonicalIdEmailJson.of("Jörg/\"\\\u0001\u007f\n😀\ud800", Optional.of("ö@ex.com"));

        assertThat(text(payload.message()))
                .isEqualTo("{\"id\":\"Jörg/\\\"\\\\\\u0001\u007f\\n😀\\ud800\",\"email\":\"ö@ex.com\"}");
    }

    @Test
    void acceptsNonAsciiEscapedAsPythonDoes() {
        // python3 -c 'import json; print(json.dumps({"id":"Jörg/\"\\\x01\x7f\n😀","email":"ö@ex.com"},
        //     separators=(",",":")))'
        CanonicalIdEmailJson payload = CanonicalIdEmailJson.of("Jörg/\"\\\u0001\u007f\n😀", Optional.of("ö@ex.com"));

        assertThat(texts(payload.acceptedMessages()))
                .contains(
                        "{\"id\":\"J\\u00f6rg/\\\"\\\\\\u0001\\u007f\\n\\ud83d\\ude00\",\"email\":\"\\u00f6@ex.com\"}");
    }

    @Test
    void escapesTheShortFormsAndOtherControlCharacters() {
        CanonicalIdEmailJson payload = CanonicalIdEmailJson.of("\b\f\n\r\t\u001f", Optional.empty());

        assertThat(text(payload.message())).isEqualTo("{\"id\":\"\\b\\f\\n\\r\\t\\u001f\"}");
    }

    @Test
    void acceptsEveryEscapingWithTheEmailAsSentAndNormalized() {
        CanonicalIdEmailJson payload = new CanonicalIdEmailJson("ü", Optional.of(" Ö@Ex.com"), Optional.of("ö@ex.com"));

        assertThat(texts(payload.acceptedMessages()))
                .containsExactly(
                        "{\"id\":\"ü\",\"email\":\" Ö@Ex.com\"}",
                        "{\"id\":\"\\u00fc\",\"email\":\" \\u00d6@Ex.com\"}",
                        "{\"id\":\"ü\",\"email\":\"ö@ex.com\"}",
                        "{\"id\":\"\\u00fc\",\"email\":\"\\u00f6@ex.com\"}");
    }

    @Test
    void acceptsEachDistinctFormOnce() {
        CanonicalIdEmailJson payload =
                new CanonicalIdEmailJson("123", Optional.of("jessie@example.com"), Optional.of("jessie@example.com"));

        assertThat(texts(payload.acceptedMessages()))
                .containsExactly("{\"id\":\"123\",\"email\":\"jessie@example.com\"}");
    }

    @Test
    void theMessageComesFirstAmongTheAcceptedForms() {
        CanonicalIdEmailJson payload = new CanonicalIdEmailJson("ü", Optional.of("Ö@ex.com"), Optional.of("ö@ex.com"));

        assertThat(payload.acceptedMessages().get(0)).isEqualTo(payload.message());
    }

    @Test
    void refusesANormalizedEmailWithoutTheEmailAsSent() {
        assertThatThrownBy(() -> new CanonicalIdEmailJson("123", Optional.empty(), Optional.of("a@b.co")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(byte[] message) {
        return new String(message, StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<byte[]> messages) {
        return messages.stream().map(CanonicalIdEmailJsonTest::text).toList();
    }
}
