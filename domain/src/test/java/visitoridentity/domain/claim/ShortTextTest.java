package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.InvalidFieldAssertions.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DisplayName and Tag share one rule: trimmed, 1 to 255 characters, no U+0000. */
class ShortTextTest {

    @Test
    void aNameIsTrimmed() {
        assertThat(DisplayName.of("  Jane Doe \n").value()).isEqualTo("Jane Doe");
    }

    @Test
    void aTagIsTrimmed() {
        assertThat(Tag.of(" pro ").value()).isEqualTo("pro");
    }

    @Test
    void aNameOrTagHasAtMost255Characters() {
        String longest = "😀".repeat(255);

        assertThat(DisplayName.of(longest).value()).isEqualTo(longest);
        assertThat(Tag.of(longest).value()).isEqualTo(longest);
        assertInvalidField(() -> DisplayName.of(longest + "a"), "name");
        assertInvalidField(() -> Tag.of(longest + "a"), "tag");
    }

    @Test
    void theLimitIsCountedAfterTrimming() {
        assertThat(DisplayName.of(" " + "a".repeat(255) + " ").value()).hasSize(255);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "a\u0000b"})
    void refusesABlankNameOrTagOrOneWithNul(String raw) {
        assertInvalidField(() -> DisplayName.of(raw), "name");
        assertInvalidField(() -> Tag.of(raw), "tag");
    }

    @Test
    void theConstructorsTakeOnlyTrimmedText() {
        assertInvalidField(() -> new DisplayName(" Jane"), "name");
        assertInvalidField(() -> new Tag("pro "), "tag");
    }
}
