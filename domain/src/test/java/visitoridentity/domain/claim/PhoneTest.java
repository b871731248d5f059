package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.InvalidFieldAssertions.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+1 (555) 123-4567   | +15551234567",
                "+44.20.7946.0958    | +442079460958",
                "' +49 30 123456 '   | +4930123456",
                "+33\u00a01\u00a023\u00a045\u00a067\u00a089 | +33123456789",
                "+1 555–123–4567     | +15551234567",
                "+15551234567        | +15551234567"
            })
    void removesSpacesDashesDotsAndParentheses(String raw, String normal) {
        assertThat(Phone.of(raw).value()).isEqualTo(normal);
    }

    @Test
    void allowsEightToFifteenDigits() {
        assertThat(Phone.of("+12345678").value()).isEqualTo("+12345678");
        assertThat(Phone.of("+123456789012345").value()).isEqualTo("+123456789012345");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "+1234567",
                "+1234567890123456",
                "15551234567",
                "0015551234567",
                "+0123456789",
                "++15551234567",
                "+1 555 CALL NOW",
                "+1/555/1234567",
                "+١٥٥٥١٢٣٤٥٦٧",
                "+1555123456\u0000"
            })
    void refusesAnythingButAPlusAndEightToFifteenDigits(String raw) {
        assertInvalidField(() -> Phone.of(raw), "phone");
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThat(new Phone("+15551234567").value()).isEqualTo("+15551234567");
        assertInvalidField(() -> new Phone("+1 555 123 4567"), "phone");
    }
}
