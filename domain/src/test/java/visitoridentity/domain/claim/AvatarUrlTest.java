package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.InvalidFieldAssertions.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AvatarUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.example.com/a.png",
                "http://example.com/avatars/42?size=64",
                "HTTPS://EXAMPLE.COM/A.png",
                "https://example.com:8443/a.png"
            })
    void acceptsAbsoluteHttpAndHttpsUrls(String url) {
        assertThat(AvatarUrl.of(url).value()).isEqualTo(url);
    }

    @Test
    void trims() {
        assertThat(AvatarUrl.of("  https://example.com/a.png\n").value()).isEqualTo("https://example.com/a.png");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "/avatars/a.png",
                "//example.com/a.png",
                "example.com/a.png",
                "ftp://example.com/a.png",
                "javascript:alert(1)",
                "data:image/png;base64,iVBORw0KGgo=",
                "https:///a.png",
                "https://example.com/a b.png"
            })
    void refusesAnythingButAnAbsoluteHttpUrlWithAHost(String raw) {
        assertInvalidField(() -> AvatarUrl.of(raw), "avatarUrl");
    }

    @Test
    void allowsAtMost2048Characters() {
        String prefix = "https://example.com/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        assertThat(AvatarUrl.of(longest).value()).hasSize(2048);
        assertInvalidField(() -> AvatarUrl.of(longest + "a"), "avatarUrl");
    }
}
