package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.InvalidFieldAssertions.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(Email.of("  Jane.Doe@Example.COM \t").value()).isEqualTo("jane.doe@example.com");
    }

    @Test
    void lowerCasesIndependentlyOfTheDefaultLocale() {
        assertThat(Email.of("INFO@EXAMPLE.COM").value()).isEqualTo("info@example.com");
    }

    @Test
    void allowsNonAsciiAddresses() {
        assertThat(Email.of("Jörg@Bücher.DE").value()).isEqualTo("jörg@bücher.de");
        assertThat(Email.of("用户@例子.广告").value()).isEqualTo("用户@例子.广告");
    }

    @Test
    void allowsAtMost254Characters() {
        String local = "a".repeat(64);
        String longest = local + "@" + "b".repeat(254 - 64 - 1 - 4) + ".com";

        assertThat(Email.of(longest).value()).hasSize(254);
        assertInvalidField(() -> Email.of("a" + longest), "email");
    }

    @Test
    void countsTheLimitInCharactersNotBytes() {
        String longest = "ö".repeat(64) + "@" + "ü".repeat(254 - 64 - 1 - 4) + ".com";

        assertThat(Email.of(longest).value()).hasSize(254);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "jane",
                "@example.com",
                "jane@",
                "jane@@example.com",
                "jane@doe@example.com",
                "jane@localhost",
                "jane@.example.com",
                "jane@example.com.",
                "jane@example..com",
                "jane doe@example.com",
                "jane@exa mple.com",
                "jane\u00a0@example.com",
                "jane@example.com\u00a0",
                "jane\u0000@example.com",
                "jane\n@example.com"
            })
    void refusesAnythingButOneAtWithALocalPartAndADomainWithADot(String raw) {
        assertInvalidField(() -> Email.of(raw), "email");
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThat(new Email("jane@example.com").value()).isEqualTo("jane@example.com");
        assertInvalidField(() -> new Email("Jane@example.com"), "email");
        assertInvalidField(() -> new Email(" jane@example.com"), "email");
        assertInvalidField(() -> new Email(null), "email");
    }

    @Test
    void theNormalFormIsStable() {
        Email email = Email.of(" İSTANBUL@Example.com ");

        assertThat(Email.of(email.value())).isEqualTo(email);
    }
}
