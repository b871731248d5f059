package visitoridentity.application.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.verification.VerificationMode;

class ResolveTrustedContextTest {

    @Test
    void untrustedClaimsAreEmptyInTheTrustedContext() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();
        s.identify(device.request()
                .externalId("user_1")
                .email("jane@example.com")
                .phone("+1 (555) 010-0000", s.sign("+15550100000"))
                .metadata("plan", new JsonString("pro")));

        TrustedContext context = s.useCases.resolveTrustedContext().resolve(device.credentials());

        assertThat(context.externalId()).isEmpty();
        assertThat(context.email()).isEmpty();
        assertThat(context.phone()).contains(Phone.of("+15550100000"));
        assertThat(context.metadata().object().members()).containsKey("plan");
    }

    @Test
    void aVerifiedExternalIdReachesTheTrustedContext() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1", s.sign("user_1")));

        TrustedContext context = s.useCases.resolveTrustedContext().resolve(device.credentials());

        assertThat(context.externalId()).isEqualTo(Optional.of(ExternalId.of("user_1")));
        assertThat(context.visitorId()).isEqualTo(device.started().visitorId());
    }
}
