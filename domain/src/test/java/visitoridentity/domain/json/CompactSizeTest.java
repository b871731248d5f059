package visitoridentity.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactSizeTest {

    @Test
    void emptyObjectIsTwo() {
        assertThat(CompactSize.of(JsonObject.EMPTY)).isEqualTo(new CompactSize(2, 2));
    }

    @Test
    void asciiCountsTheSameInBothUnits() {
        JsonValue value =
                new JsonObject(Map.of("plan", new JsonArray(List.of(new JsonString("pro"), JsonNumber.of(3)))));

        assertThat(CompactSize.of(value)).isEqualTo(new CompactSize(18, 18));
    }

    @Test
    void countsNonAsciiAsUtf8BytesAndAsOneCharacter() {
        assertThat(CompactSize.of(new JsonString("é"))).isEqualTo(new CompactSize(4, 3));
        assertThat(CompactSize.of(new JsonString("中"))).isEqualTo(new CompactSize(5, 3));
        assertThat(CompactSize.of(new JsonString("😀"))).isEqualTo(new CompactSize(6, 3));
    }

    @Test
    void countsEscapesAsWritten() {
        assertThat(CompactSize.of(new JsonString("\n"))).isEqualTo(new CompactSize(4, 4));
        assertThat(CompactSize.of(new JsonString("\u0001"))).isEqualTo(new CompactSize(8, 8));
        assertThat(CompactSize.of(new JsonString("\"\\"))).isEqualTo(new CompactSize(6, 6));
    }

    @Test
    void countsNumbersAsTheirText() {
        assertThat(CompactSize.of(new JsonNumber("1.50e+3"))).isEqualTo(new CompactSize(7, 7));
    }

    @Test
    void memberIsKeyColonValueWithoutComma() {
        assertThat(CompactSize.ofMember("né", new JsonBoolean(true))).isEqualTo(new CompactSize(10, 9));
    }
}
