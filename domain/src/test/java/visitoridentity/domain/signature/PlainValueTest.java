package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainValueTest {

    @Test
    void signsTheUtf8BytesOfTheValueAsSent() {
        assertThat(PlainValue.of(" Jörg ").message()).isEqualTo(" Jörg ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheValueThenItsNormalForm() {
        PlainValue email = new PlainValue("Jane@Example.com", Optional.of("jane@example.com"));

        assertThat(email.acceptedMessages())
                .containsExactly(
                        "Jane@Example.com".getBytes(StandardCharsets.UTF_8),
                        "jane@example.com".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAValueThatIsAlreadyNormalOnce() {
        PlainValue email = new PlainValue("jane@example.com", Optional.of("jane@example.com"));

        assertThat(email.acceptedMessages()).containsExactly("jane@example.com".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsOnlyTheValueWhenItHasNoOtherForm() {
        assertThat(PlainValue.of("user_123").acceptedMessages())
                .containsExactly("user_123".getBytes(StandardCharsets.UTF_8));
    }
}
