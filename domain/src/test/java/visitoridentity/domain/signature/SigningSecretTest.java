package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.domain.error.InvalidFieldException;

class SigningSecretTest {

    @Test
    void neverPrintsTheSecret() {
        SigningSecret secret = new SigningSecret("whsec_test_2f8e52a1");
        SigningKey key = new SigningKey("key-1", secret, Instant.EPOCH, Optional.empty());

        assertThat(secret.toString()).doesNotContain("whsec_test_2f8e52a1");
        assertThat(key.toString()).doesNotContain("whsec_test_2f8e52a1");
        assertThat(SigningKeyRing.of(secret, Instant.EPOCH).toString()).doesNotContain("whsec_test_2f8e52a1");
    }

    @Test
    void equalsAnotherSecretOfTheSameValue() {
        assertThat(new SigningSecret("whsec_a"))
                .isEqualTo(new SigningSecret("whsec_a"))
                .hasSameHashCodeAs(new SigningSecret("whsec_a"))
                .isNotEqualTo(new SigningSecret("whsec_b"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\t\n"})
    void refusesABlankSecret(String value) {
        assertThatThrownBy(() -> new SigningSecret(value))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("signingSecret"));
    }
}
