package visitoridentity.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

class JsonModelTest {

    @Test
    void objectsWithTheSameMembersInAnotherOrderAreNotEqual() {
        JsonObject ab = JsonFixtures.object("a", JsonNumber.of(1), "b", JsonNumber.of(2));
        JsonObject ba = JsonFixtures.object("b", JsonNumber.of(2), "a", JsonNumber.of(1));

        assertThat(ab).isNotEqualTo(ba);
        assertThat(ab).isEqualTo(JsonFixtures.object("a", JsonNumber.of(1), "b", JsonNumber.of(2)));
        assertThat(ab).hasSameHashCodeAs(ba);
    }

    @Test
    void objectIsNotChangedByItsSourceMap() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", JsonNumber.of(1));
        JsonObject object = new JsonObject(source);

        source.put("b", JsonNumber.of(2));

        assertThat(object.members()).containsOnlyKeys("a");
    }

    @Test
    void objectMembersCannotBeModified() {
        JsonObject object = new JsonObject(Map.of("a", JsonNumber.of(1)));

        assertThatThrownBy(() -> object.members().put("b", JsonNumber.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesU0000InKeys() {
        assertThatThrownBy(() -> new JsonObject(Map.of("a\u0000", JsonNumber.of(1))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("keys must not contain the character U+0000"));
    }

    @Test
    void refusesUnpairedSurrogatesInKeys() {
        assertThatThrownBy(() -> new JsonObject(Map.of("a\ud83d", JsonNumber.of(1))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("keys must not contain an unpaired surrogate"));
    }

    @Test
    void refusesU0000InStrings() {
        assertThatThrownBy(() -> new JsonString("a\u0000"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("metadata"));
    }

    @Test
    void refusesUnpairedSurrogatesInStrings() {
        assertThatThrownBy(() -> new JsonString("\ude00a"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("strings must not contain an unpaired surrogate"));
    }

    @Test
    void acceptsSurrogatePairs() {
        assertThatCode(() -> new JsonString("😀𝄞")).doesNotThrowAnyException();
    }

    @Test
    void numbersKeepAnyExponentADatabaseCanHold() {
        assertThat(new JsonNumber("1e1000").text()).isEqualTo("1e1000");
        assertThat(new JsonNumber("-2.5E-1000").text()).isEqualTo("-2.5E-1000");
        assertThat(new JsonNumber("1e+0001").text()).isEqualTo("1e+0001");
    }

    @Test
    void numbersBeyondWhatPostgresCanStoreAreInvalidFields() {
        assertThatThrownBy(() -> new JsonNumber("1e1001"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("exponent");
        assertThatThrownBy(() -> new JsonNumber("1e-200000")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new JsonNumber("1" + "0".repeat(100))).isInstanceOf(InvalidFieldException.class);
    }
}
