package visitoridentity.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompactJsonWriteTest {

    @Test
    void writesNoWhitespace() {
        JsonValue value = JsonFixtures.object(
                "a", new JsonArray(List.of(JsonNumber.of(1), new JsonBoolean(true), JsonNull.INSTANCE)),
                "b", new JsonObject(Map.of("c", new JsonBoolean(false))));

        assertThat(CompactJson.write(value)).isEqualTo("{\"a\":[1,true,null],\"b\":{\"c\":false}}");
    }

    @Test
    void writesEmptyContainers() {
        assertThat(CompactJson.write(JsonObject.EMPTY)).isEqualTo("{}");
        assertThat(CompactJson.write(new JsonArray(List.of()))).isEqualTo("[]");
    }

    @Test
    void keepsObjectMembersInInsertionOrder() {
        JsonValue value = JsonFixtures.object("z", JsonNumber.of(1), "a", JsonNumber.of(2), "m", JsonNumber.of(3));

        assertThat(CompactJson.write(value)).isEqualTo("{\"z\":1,\"a\":2,\"m\":3}");
    }

    @Test
    void writesNonAsciiRaw() {
        assertThat(CompactJson.write(new JsonString("é中😀\u2028\ufeff"))).isEqualTo("\"é中😀\u2028\ufeff\"");
    }

    @Test
    void escapesQuoteAndBackslash() {
        assertThat(CompactJson.write(new JsonString("say \"hi\" \\o/"))).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void leavesSlashAndDeleteUnescaped() {
        assertThat(CompactJson.write(new JsonString("a/b\u007f"))).isEqualTo("\"a/b\u007f\"");
    }

    @ParameterizedTest
    @CsvSource({"8,\\b", "12,\\f", "10,\\n", "13,\\r", "9,\\t"})
    void escapesControlCharactersWithTheirShortFormWhenThereIsOne(int character, String escape) {
        assertThat(CompactJson.write(new JsonString(Character.toString(character))))
                .isEqualTo("\"" + escape + "\"");
    }

    @ParameterizedTest
    @CsvSource({"1,\\u0001", "11,\\u000b", "14,\\u000e", "27,\\u001b", "31,\\u001f"})
    void escapesOtherControlCharactersAsLowercaseHex(int character, String escape) {
        assertThat(CompactJson.write(new JsonString(Character.toString(character))))
                .isEqualTo("\"" + escape + "\"");
    }

    @Test
    void escapesKeysLikeStrings() {
        JsonValue value = new JsonObject(Map.of("a\"b\n", JsonNumber.of(1)));

        assertThat(CompactJson.write(value)).isEqualTo("{\"a\\\"b\\n\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.50", "1e3", "1E+3", "-0", "2.0e-7", "12345678901234567890123"})
    void writesNumbersExactlyAsTheirText(String number) {
        assertThat(CompactJson.write(new JsonNumber(number))).isEqualTo(number);
    }
}
