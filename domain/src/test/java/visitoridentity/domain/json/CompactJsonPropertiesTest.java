package visitoridentity.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompactJsonPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingWhatWasWrittenGivesTheSameValue(long seed) {
        JsonValue value = new RandomJson(seed).value(4);

        JsonValue reparsed = CompactJson.parse(CompactJson.write(value));

        assertThat(reparsed).as("seed %d", seed).isEqualTo(value);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writingIsDeterministic(long seed) {
        JsonValue value = new RandomJson(seed).value(4);
        JsonValue sameValue = new RandomJson(seed).value(4);

        assertThat(CompactJson.write(sameValue)).as("seed %d", seed).isEqualTo(CompactJson.write(value));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compactSizeMeasuresTheWrittenText(long seed) {
        JsonValue value = new RandomJson(seed).value(4);
        String text = CompactJson.write(value);

        assertThat(CompactSize.of(value))
                .as("seed %d, text %s", seed, text)
                .isEqualTo(new CompactSize(
                        text.getBytes(StandardCharsets.UTF_8).length, text.codePointCount(0, text.length())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenTextHasNoRawControlCharacter(long seed) {
        String text = CompactJson.write(new RandomJson(seed).value(4));

        assertThat(text.chars()).as("seed %d, text %s", seed, text).allMatch(c -> c >= 0x20);
    }
}
