package visitoridentity.application.erase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.verification.VerificationMode;

class EraseVisitorTest {

    @Test
    void erasingAVisitorStopsItsTokensFreesItsExternalIdAndDeletesItsLastContact() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        IdentityResult identified =
                s.identify(device.request().externalId("user_1").email("jane@example.com"));

        s.useCases.eraseVisitor().erase(s.workspace(), identified.visitor().id());

        assertThatThrownBy(() -> s.visitorOf(device))
                .isInstanceOf(SessionRevokedException.class)
                .hasMessageContaining("erased");
        assertThat(s.app.contacts.findByEmail(s.workspace(), Email.of("jane@example.com")))
                .isEmpty();
        Device again = s.newDevice();
        IdentityResult reclaimed = s.identify(again.request().externalId("user_1"));
        assertThat(reclaimed.visitor().id()).isEqualTo(again.started().visitorId());
    }

    @Test
    void aContactSharedWithAnotherVisitorSurvivesTheErasure() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device first = s.newDevice();
        Device second = s.newDevice();
        IdentityResult erased = s.identify(first.request().email("team@example.com"));
        s.identify(second.request().email("team@example.com"));

        s.useCases.eraseVisitor().erase(s.workspace(), erased.visitor().id());

        assertThat(s.app.contacts.findByEmail(s.workspace(), Email.of("team@example.com")))
                .isPresent();
    }

    @Test
    void erasingAnUnknownVisitorIsNotFound() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);

        assertThatThrownBy(() -> s.useCases.eraseVisitor().erase(s.workspace(), VisitorId.of("v_missing")))
                .isInstanceOf(NotFoundException.class);
    }
}
