package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.lookup.ContactView;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.verification.VerificationMode;

class ContactAssociationTest {

    @Test
    void aTrustedEmailAssociatesTheVisitorWithTheContactOfThatEmail() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device laptop = s.newDevice();
        Device other = s.newDevice();

        IdentityResult first = s.identify(laptop.request().email("Jane@Example.com"));
        IdentityResult second = s.identify(other.request().email("jane@example.com "));

        assertThat(first.visitor().contactId())
                .isPresent()
                .isEqualTo(second.visitor().contactId());
        ContactView contact = s.useCases
                .showContact()
                .show(s.workspace(), first.visitor().contactId().orElseThrow());
        assertThat(contact.contact().email()).isEqualTo(Email.of("jane@example.com"));
        assertThat(contact.visitorIds())
                .containsExactlyInAnyOrder(
                        laptop.started().visitorId(), other.started().visitorId());
    }

    @Test
    void anUnverifiedEmailLinksNoContact() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();

        IdentityResult result = s.identify(device.request().email("jane@example.com"));

        assertThat(result.visitor().contactId()).isEmpty();
        assertThat(s.app.contacts.findByEmail(s.workspace(), Email.of("jane@example.com")))
                .isEmpty();
    }

    @Test
    void changingTheEmailReassociatesTheVisitorAndDeletesTheContactLeftEmpty() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        IdentityResult before = s.identify(device.request().email("old@example.com"));

        IdentityResult after = s.identify(device.request().email("new@example.com"));

        assertThat(after.visitor().contactId())
                .isPresent()
                .isNotEqualTo(before.visitor().contactId());
        assertThat(s.app.contacts.findByEmail(s.workspace(), Email.of("old@example.com")))
                .isEmpty();
    }

    @Test
    void clearingTheEmailLeavesTheContact() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().email("jane@example.com"));

        IdentityResult result = s.identify(device.request().clearEmail());

        assertThat(result.visitor().email()).isEmpty();
        assertThat(result.visitor().contactId()).isEmpty();
    }
}
