package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

class TokenPolicyTest {

    @Test
    void byDefaultTokensLiveAnHourAndHmacsAreAccepted() {
        assertThat(TokenPolicy.DEFAULT.maxTokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(TokenPolicy.DEFAULT.publicKeysOnly()).isFalse();
        assertThat(TokenPolicy.DEFAULT.jwksUrl()).isEmpty();
    }

    @Test
    void theLifetimeIsBetweenASecondAndADay() {
        assertThatThrownBy(() -> TokenPolicy.DEFAULT.withMaxTokenLifetime(Duration.ZERO))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> TokenPolicy.DEFAULT.withMaxTokenLifetime(
                        Duration.ofDays(1).plusSeconds(1)))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aJwksUrlIsHttpsOrHttpOnTheLoopbackWithoutUserInfo() {
        assertThat(TokenPolicy.jwksUrl("https://backend.example.com/.well-known/jwks.json"))
                .isNotNull();
        assertThat(TokenPolicy.jwksUrl("http://127.0.0.1:8081/jwks.json")).isNotNull();
        assertThat(TokenPolicy.jwksUrl("http://localhost/jwks.json")).isNotNull();
        for (String refused : new String[] {
            "http://backend.example.com/jwks.json",
            "file:///etc/passwd",
            "https://user:pass@backend.example.com/jwks.json",
            "/relative/jwks.json",
            "not a url"
        }) {
            assertThatThrownBy(() -> TokenPolicy.jwksUrl(refused))
                    .as(refused)
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("jwksUrl"));
        }
    }

    @Test
    void publicKeysOnlyRefusesEveryHmac() {
        ProofContext context = new ProofContext(
                VerificationFixture.WORKSPACE,
                VerificationFixture.KEYS,
                VerificationFixture.NOW,
                VerificationFixture.ANONYMOUS_ID);
        ProofContext onlyPublicKeys = new ProofContext(
                context.workspaceId(),
                context.keys(),
                context.now(),
                context.device(),
                TokenPolicy.DEFAULT.withPublicKeysOnly(true).withJwksUrl(Optional.empty()));

        assertThat(context.acceptsHmac()).isTrue();
        assertThat(onlyPublicKeys.acceptsHmac()).isFalse();
    }
}
