package visitoridentity.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

class StrictJsonTest {
    private final StrictJson json = new StrictJson(64 * 1024);

    private JsonValue parse(String text) {
        return json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String codeOf(Throwable failure) {
        return ((ProblemException) failure).problem().code();
    }

    @Test
    void numbersKeepTheTextTheyCameAs() {
        JsonObject object = (JsonObject) parse("{\"a\":1.50,\"b\":1e3,\"c\":-0,\"d\":123456789012345678901234567890}");

        assertThat(object.members().values())
                .containsExactly(
                        new JsonNumber("1.50"),
                        new JsonNumber("1e3"),
                        new JsonNumber("-0"),
                        new JsonNumber("123456789012345678901234567890"));
    }

    @Test
    void membersKeepTheirOrder() {
        JsonObject object = (JsonObject) parse("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(object.members().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void anOverlongSlashIsNotUtf8() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

        assertThatThrownBy(() -> json.parse(body))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void anOverlongLetterIsNotReadAsThatLetter() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', 'a', 'l', 'i', 'c', (byte) 0xC1, (byte) 0xA5, '"', '}'};

        assertThatThrownBy(() -> json.parse(body))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        assertThatThrownBy(() -> json.parse(body))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void utf16BodiesAreRefusedWithOrWithoutAByteOrderMark() {
        for (var charset :
                java.util.List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
            byte[] body = "{\"a\":\"alice\"}".getBytes(charset);

            assertThatThrownBy(() -> json.parse(body))
                    .as(charset.name())
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
        }
    }

    @Test
    void utf32BodiesAreRefused() {
        for (String name : java.util.List.of("UTF-32BE", "UTF-32LE")) {
            byte[] body = "{\"a\":\"alice\"}".getBytes(java.nio.charset.Charset.forName(name));

            assertThatThrownBy(() -> json.parse(body))
                    .as(name)
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
        }
    }

    @Test
    void nanIsNotJson() {
        assertThatThrownBy(() -> parse("{\"a\":NaN}"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> parse("{\"a\":1,\"a\":2}"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void contentAfterTheValueIsRefused() {
        assertThatThrownBy(() -> parse("{} {}"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void anEmptyBodyIsNotJson() {
        assertThatThrownBy(() -> parse("  "))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String nested = "[".repeat(StrictJson.MAX_NESTING_DEPTH) + "]".repeat(StrictJson.MAX_NESTING_DEPTH);

        assertThat(parse(nested)).isNotNull();
    }

    @Test
    void nestingBeyondTheLimitIsRefusedBeforeItIsBuilt() {
        int depth = StrictJson.MAX_NESTING_DEPTH + 1;
        String nested = "[".repeat(depth) + "]".repeat(depth);

        assertThatThrownBy(() -> parse(nested))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void aHugelyNestedBodyIsRefusedWithoutRecursingIntoIt() {
        String nested = "[".repeat(50_000);

        assertThatThrownBy(() -> parse(nested))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void numbersLongerThanTheLimitAreRefused() {
        String longNumber = "1".repeat(StrictJson.MAX_NUMBER_LENGTH + 1);

        assertThatThrownBy(() -> parse("{\"a\":" + longNumber + "}"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }

    @Test
    void aStringWithUPlus0000IsAnInvalidFieldNamedByItsPath() {
        assertThatThrownBy(() -> parse("{\"metadata\":{\"address\":{\"street\":\"a\\u0000b\"}}}"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("metadata.address.street"));
    }

    @Test
    void aLoneSurrogateIsAnInvalidFieldNamedByItsPath() {
        assertThatThrownBy(() -> parse("{\"tags\":[\"ok\",\"\\ud800\"]}"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("tags[1]"));
    }

    @Test
    void aSurrogatePairIsText() {
        JsonObject object = (JsonObject) parse("{\"emoji\":\"\\ud83d\\ude00\"}");

        assertThat(object.members()).containsKey("emoji");
    }

    @Test
    void invalidUtf8IsNotJson() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> json.parse(body))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("invalid-json"));
    }
}
