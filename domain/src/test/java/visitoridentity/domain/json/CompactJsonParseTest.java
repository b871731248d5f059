package visitoridentity.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.domain.error.InvalidFieldException;

class CompactJsonParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.50", "1e3", "1E+3", "-0", "-0.0", "2.0e-7", "12345678901234567890123"})
    void keepsNumberTextAsWritten(String number) {
        assertThat(CompactJson.parse(number)).isEqualTo(new JsonNumber(number));
    }

    @Test
    void keepsMemberOrder() {
        JsonObject object = (JsonObject) CompactJson.parse("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(object.members().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void parsesEveryKindOfValue() {
        JsonValue value =
                CompactJson.parse("{\"s\":\"x\",\"n\":1,\"t\":true,\"f\":false,\"z\":null,\"a\":[],\"o\":{}}");

        assertThat(value)
                .isEqualTo(JsonFixtures.object(
                        "s", new JsonString("x"),
                        "n", JsonNumber.of(1),
                        "t", new JsonBoolean(true),
                        "f", new JsonBoolean(false),
                        "z", JsonNull.INSTANCE,
                        "a", new JsonArray(List.of()),
                        "o", JsonObject.EMPTY));
    }

    @Test
    void acceptsTheFourWhitespaceCharactersBetweenTokens() {
        JsonValue value = CompactJson.parse(" \t\n\r{ \"a\" :\n[ 1 ,\t2 ] }\r\n");

        assertThat(CompactJson.write(value)).isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void decodesEveryEscape() {
        JsonValue value = CompactJson.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00C9 \\ud83d\\ude00\"");

        assertThat(value).isEqualTo(new JsonString("\" \\ / \b \f \n \r \t é É 😀"));
    }

    @Test
    void keepsRawNonAscii() {
        assertThat(CompactJson.parse("\"é中😀\"")).isEqualTo(new JsonString("é中😀"));
    }

    @Test
    void acceptsNestingOf64Levels() {
        String text = "[".repeat(64) + "]".repeat(64);

        assertThat(CompactJson.write(CompactJson.parse(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "NaN",
                "Infinity",
                "-Infinity",
                "[NaN]",
                "01",
                "1.",
                ".5",
                "+1",
                "1e",
                "1e+",
                "-",
                "0x10",
                "{} x",
                "{}{}",
                "{\"a\":1,}",
                "[1,]",
                "[1 2]",
                "{\"a\" 1}",
                "{a:1}",
                "{'a':1}",
                "['a']",
                "\"open",
                "{\"a\":1",
                "[1",
                "tru",
                "nul",
                "True",
                "\"\\x\"",
                "\"\\u12\"",
                "\"\\u12g4\"",
                "\"tab\tinside\"",
                "\"line\nbreak\"",
                "[1] // comment",
                "\ufeff{}",
                "{\"a\":1,\"a\":2}",
                "\"\\u0000\"",
                "{\"\\u0000\":1}",
                "\"\\ud800\"",
                "\"\\ude00\\ud83d\"",
            })
    void refusesTextThatIsNotStrictJson(String text) {
        assertThatThrownBy(() -> CompactJson.parse(text))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("metadata"));
    }

    @Test
    void refusesDuplicateKeysNamingTheProblem() {
        assertThatThrownBy(() -> CompactJson.parse("{\"a\":1,\"b\":{\"c\":1,\"c\":2}}"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("must be valid JSON: duplicate key at offset 18"));
    }

    @Test
    void refusesRawU0000() {
        assertThatThrownBy(() -> CompactJson.parse("\"a\u0000b\""))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void refusesEscapedU0000() {
        assertThatThrownBy(() -> CompactJson.parse("[\"a\\u0000b\"]"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("strings must not contain the character U+0000"));
    }

    @Test
    void refusesNestingDeeperThan64Levels() {
        String text = "{\"a\":".repeat(65) + "1" + "}".repeat(65);

        assertThatThrownBy(() -> CompactJson.parse(text))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void refusesHugeNestingWithoutOverflowingTheStack() {
        String text = "[".repeat(1_000_000);

        assertThatThrownBy(() -> CompactJson.parse(text)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void namesTheOffsetOfTrailingGarbage() {
        assertThatThrownBy(() -> CompactJson.parse("{} x"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule())
                                .isEqualTo("must be valid JSON: unexpected text after the value at offset 3"));
    }
}
