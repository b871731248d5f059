package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.InvalidFieldAssertions.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdTest {

    @Test
    void trims() {
        assertThat(ExternalId.of("\t user_123 \n").value()).isEqualTo("user_123");
    }

    @Test
    void keepsCase() {
        assertThat(ExternalId.of("User_ABC").value()).isEqualTo("User_ABC");
    }

    @Test
    void normalizesToNfc() {
        assertThat(ExternalId.of("Jo\u0308rg").value()).isEqualTo("J\u00f6rg");
    }

    @Test
    void allows255CodePoints() {
        String emoji = "😀".repeat(255);

        assertThat(ExternalId.of(emoji).value()).isEqualTo(emoji);
        assertInvalidField(() -> ExternalId.of(emoji + "a"), "externalId");
    }

    @Test
    void countsTheLimitAfterNormalization() {
        // U+0958 is excluded from composition: NFC writes it as two code points.
        assertInvalidField(() -> ExternalId.of("\u0958".repeat(128)), "externalId");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "user\u0000"})
    void refusesBlankIdsAndNul(String raw) {
        assertInvalidField(() -> ExternalId.of(raw), "externalId");
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThat(new ExternalId("J\u00f6rg").value()).isEqualTo("J\u00f6rg");
        assertInvalidField(() -> new ExternalId("Jo\u0308rg"), "externalId");
        assertInvalidField(() -> new ExternalId(" user_123"), "externalId");
    }
}
