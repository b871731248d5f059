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
