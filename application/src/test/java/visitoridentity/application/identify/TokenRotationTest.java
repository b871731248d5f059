package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.verification.VerificationMode;

/**
 * Identify hands the device a fresh token when it moves the device to another visitor (a switch or a
 * merge into a known visitor), and the token the call came with stops working at once.
 */
class TokenRotationTest {

    @Test
    void aSwitchToAnotherUserAnswersAFreshTokenAndRevokesTheOneUsed() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device shared = s.newDevice();
        s.identify(shared.request().externalId("alice"));
        VisitorCredentials copiedWhileAliceWasSignedIn = shared.credentials();

        IdentityResult bob = s.identify(shared.request().externalId("bob"));

        assertThat(bob.visitorToken()).isPresent();
        assertThat(bob.visitorToken().orElseThrow()).isNotEqualTo(copiedWhileAliceWasSignedIn.visitorToken());
        assertThatThrownBy(() -> s.useCases.showCurrentVisitor().show(copiedWhileAliceWasSignedIn))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("replaced");
        assertThat(s.visitorOf(shared).id()).isEqualTo(bob.visitor().id());
    }

    @Test
    void aMergeIntoAKnownVisitorAnswersAFreshToken() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device laptop = s.newDevice();
        IdentityResult known = s.identify(laptop.request().externalId("user_1"));
        Device phone = s.newDevice();
        VisitorCredentials before = phone.credentials();

        IdentityResult merged = s.identify(phone.request().externalId("user_1"));

        assertThat(merged.visitor().id()).isEqualTo(known.visitor().id());
        assertThat(merged.visitorToken()).isPresent();
        assertThatThrownBy(() -> s.useCases.showCurrentVisitor().show(before))
                .isInstanceOf(SessionRevokedException.class);
        assertThat(s.visitorOf(phone).id()).isEqualTo(known.visitor().id());
    }

    @Test
    void anIdentifyThatKeepsTheDeviceWhereItWasKeepsItsToken() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        VisitorCredentials started = device.credentials();

        IdentityResult first = s.identify(device.request().externalId("user_1"));
        IdentityResult again = s.identify(device.request().externalId("user_1").email("jane@example.com"));
        IdentityResult profile = s.identify(device.request().email("jane@example.org"));

        assertThat(first.visitorToken()).isEmpty();
        assertThat(again.visitorToken()).isEmpty();
        assertThat(profile.visitorToken()).isEmpty();
        assertThat(device.credentials()).isEqualTo(started);
        assertThat(s.useCases.showCurrentVisitor().show(started).visitor().id())
                .isEqualTo(first.visitor().id());
    }

    @Test
    void aRefusedIdentifyRotatesNothing() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("alice", s.sign("alice")));
        VisitorCredentials before = device.credentials();

        assertThatThrownBy(() -> s.identify(device.request().externalId("bob", s.sign("not-bob"))))
                .isInstanceOf(SignatureInvalidException.class);

        assertThat(device.credentials()).isEqualTo(before);
        assertThat(s.useCases.showCurrentVisitor().show(before).visitor().externalId())
                .hasValueSatisfying(id -> assertThat(id.text()).isEqualTo("alice"));
    }

    @Test
    void theFreshTokenNeverAppearsInTheResultsText() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("alice"));

        IdentityResult bob = s.identify(device.request().externalId("bob"));

        assertThat(bob.toString()).doesNotContain(bob.visitorToken().orElseThrow());
    }
}
