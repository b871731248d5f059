package visitoridentity.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.domain.error.InvalidFieldException;

class AllowedOriginsTest {
    @Test
    void theDefaultPortIsDroppedAsABrowserDropsIt() {
        AllowedOrigins origins =
                new AllowedOrigins(List.of("https://h:443", "http://h:80", "HTTPS://Shop.Example:8443"));

        assertThat(origins.origins()).containsExactly("https://h", "http://h", "https://shop.example:8443");
        assertThat(origins.allows("https://h")).isTrue();
    }

    @Test
    void anotherSchemesDefaultPortIsKept() {
        assertThat(new AllowedOrigins(List.of("http://h:443")).origins()).containsExactly("http://h:443");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://h:0", "https://h:99999", "https://h:65536", "https://h:", "https://h:-1"})
    void aPortOutsideOneTo65535IsRefused(String origin) {
        assertRefused(origin);
    }

    @Test
    void theHighestPortIsAccepted() {
        assertThat(new AllowedOrigins(List.of("https://h:65535")).origins()).containsExactly("https://h:65535");
    }

    @Test
    void aHostOfMoreThan253CharactersIsRefused() {
        assertRefused("https://" + "a".repeat(254));
        assertThat(new AllowedOrigins(List.of("https://" + "a".repeat(253))).origins())
                .hasSize(1);
    }

    @Test
    void aThreeThousandCharacterOriginIsRefusedUnparsed() {
        assertRefused("https://" + "a".repeat(3_000) + ".example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://h", "https://h/path", "https://u@h", "https://h?q", "h", "https://"})
    void anythingButSchemeHostAndPortIsRefused(String origin) {
        assertRefused(origin);
    }

    private static void assertRefused(String origin) {
        assertThatThrownBy(() -> new AllowedOrigins(List.of(origin)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("allowedOrigins"));
    }
}
