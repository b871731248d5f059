package visitoridentity.embedded.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomSourcesTest {

    @Test
    void secretsCarryTheirKindAnd256BitsOfHex() {
        SecureRandomSecrets secrets = new SecureRandomSecrets();

        assertThat(secrets.newVisitorToken()).matches("vt_[0-9a-f]{64}");
        assertThat(secrets.newAdminKey()).matches("vik_[0-9a-f]{64}");
        assertThat(secrets.newSigningSecret().value()).matches("whsec_[0-9a-f]{64}");
        assertThat(secrets.newRootToken()).matches("vir_[0-9a-f]{64}");
    }

    @Test
    void identifiersAreDistinctAndValid() {
        RandomIdentifiers ids = new RandomIdentifiers();
        Set<String> seen = new HashSet<>();

        IntStream.range(0, 10_000).forEach(i -> seen.add(ids.newVisitorId().value()));

        assertThat(seen).hasSize(10_000).allMatch(id -> id.matches("v_[0-9a-hjkmnp-tv-z]{26}"));
        assertThat(ids.newWorkspaceId().value()).startsWith("ws_");
        assertThat(ids.newAnonymousId().value()).startsWith("anon_");
        assertThat(ids.newContactId().value()).startsWith("c_");
    }
}
