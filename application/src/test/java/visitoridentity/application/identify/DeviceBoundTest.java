package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.verification.VerificationMode;

/** A visitor holds at most the workspace's maxDevicesPerVisitor devices; the one seen longest ago goes first. */
class DeviceBoundTest {

    private static Scenario withBound(int maxDevices) {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        s.useCases
                .changeWorkspaceSettings()
                .change(new ChangeWorkspaceSettingsCommand(
                        s.workspace(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(maxDevices)));
        return s;
    }

    private static Device signIn(Scenario s) {
        Device device = s.newDevice();
        s.app.clock.advance(Duration.ofSeconds(1));
        return device;
    }

    @Test
    void theDeviceSeenLongestAgoIsEvictedWithAWarningNamingIt() {
        Scenario s = withBound(2);
        Device first = signIn(s);
        s.identify(first.request().externalId("sink"));
        Device second = signIn(s);
        s.identify(second.request().externalId("sink"));
        s.app.clock.advance(Duration.ofMinutes(2));
        s.identify(first.request().externalId("sink"));
        Device third = signIn(s);

        IdentityResult result = s.identify(third.request().externalId("sink"));

        assertThat(result.warnings())
                .filteredOn(w -> w.code().equals(Warning.DEVICE_EVICTED))
                .singleElement()
                .satisfies(w -> assertThat(w.keys())
                        .containsExactly(second.started().anonymousId().value()));
        assertThat(s.devicesOf(result.visitor()))
                .containsExactlyInAnyOrder(
                        first.started().anonymousId(), third.started().anonymousId());
        assertThat(s.devicesOf(s.visitorOf(first))).hasSize(2);
    }

    @Test
    void aDeviceCountsAsSeenWhenItJoinsAVisitorEvenWithinAMinuteOfItsLastUse() {
        Scenario s = withBound(2);
        Device joinsLater = signIn(s);
        s.app.clock.advance(Duration.ofSeconds(20));
        Device first = signIn(s);
        s.identify(first.request().externalId("sink"));
        s.app.clock.advance(Duration.ofSeconds(20));
        s.identify(joinsLater.request().externalId("sink"));
        Device third = signIn(s);

        IdentityResult result = s.identify(third.request().externalId("sink"));

        assertThat(result.warnings())
                .filteredOn(w -> w.code().equals(Warning.DEVICE_EVICTED))
                .singleElement()
                .satisfies(w -> assertThat(w.keys())
                        .containsExactly(first.started().anonymousId().value()));
    }

    @Test
    void theTokenOfAnEvictedDeviceNoLongerResolves() {
        Scenario s = withBound(1);
        Device first = signIn(s);
        s.identify(first.request().externalId("sink"));
        Device second = signIn(s);
        s.identify(second.request().externalId("sink"));

        assertThatThrownBy(() -> s.identify(first.request().externalId("sink")))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void theDefaultBoundKeepsAHundredDevices() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        for (int i = 0; i < 100; i++) {
            IdentityResult result = s.identify(signIn(s).request().externalId("sink"));
            assertThat(result.warnings()).extracting(Warning::code).doesNotContain(Warning.DEVICE_EVICTED);
        }

        IdentityResult result = s.identify(signIn(s).request().externalId("sink"));

        assertThat(result.warnings()).extracting(Warning::code).contains(Warning.DEVICE_EVICTED);
        assertThat(s.devicesOf(result.visitor())).hasSize(100);
    }

    @Test
    void aReturningDeviceEvictsNothing() {
        Scenario s = withBound(1);
        Device device = signIn(s);
        s.identify(device.request().externalId("sink"));

        IdentityResult result = s.identify(device.request().externalId("sink"));

        assertThat(result.warnings()).extracting(Warning::code).doesNotContain(Warning.DEVICE_EVICTED);
        assertThat(s.devicesOf(result.visitor()))
                .containsExactly(device.started().anonymousId());
    }
}
