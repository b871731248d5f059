package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.verification.VerificationMode;

/** A call that asks for exclusive emails (Zendesk's login) is refused when another identity holds the verified email. */
class ExclusiveVerifiedEmailTest {
    private static final String EMAIL = "jane@example.com";

    private static IdentifyVisitorCommand.Builder signed(Scenario s, Device device, String externalId, String email) {
        return IdentifyVisitorCommand.builder(device.credentials())
                .externalId(externalId)
                .email(email)
                .proof(new PerClaimSignatures(
                        Optional.of(s.sign(externalId)), Optional.of(s.sign(email)), Optional.empty()));
    }

    @Test
    void aVerifiedEmailHeldByAnotherExternalIdRefusesTheCallAndChangesNothing() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device jane = s.newDevice();
        Device other = s.newDevice();
        s.useCases.identifyVisitor().identify(signed(s, jane, "user_1", EMAIL).build());

        assertThatThrownBy(() -> s.useCases
                        .identifyVisitor()
                        .identify(signed(s, other, "user_2", EMAIL)
                                .exclusiveVerifiedEmail()
                                .build()))
                .isInstanceOf(VerifiedEmailTakenException.class)
                .hasMessageNotContaining(EMAIL);
        assertThat(s.visitorOf(other).externalId()).isEmpty();
        assertThat(s.visitorOf(other).email()).isEmpty();
    }

    @Test
    void withoutTheRequestTwoIdentitiesMayShareAVerifiedEmail() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        s.useCases
                .identifyVisitor()
                .identify(signed(s, s.newDevice(), "user_1", EMAIL).build());

        IdentityResult second = s.useCases
                .identifyVisitor()
                .identify(signed(s, s.newDevice(), "user_2", EMAIL).build());

        assertThat(second.visitor().email().orElseThrow().isVerified()).isTrue();
    }

    @Test
    void theHolderItselfOnAnotherDeviceIsNoConflict() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        IdentityResult first = s.useCases
                .identifyVisitor()
                .identify(signed(s, s.newDevice(), "user_1", EMAIL).build());

        IdentityResult again = s.useCases
                .identifyVisitor()
                .identify(signed(s, s.newDevice(), "user_1", EMAIL)
                        .exclusiveVerifiedEmail()
                        .build());

        assertThat(again.visitor().id()).isEqualTo(first.visitor().id());
    }

    @Test
    void anUnverifiedEmailIsNeverRefusedForIt() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        s.useCases
                .identifyVisitor()
                .identify(signed(s, s.newDevice(), "user_1", EMAIL).build());

        IdentityResult unsigned = s.useCases
                .identifyVisitor()
                .identify(IdentifyVisitorCommand.builder(s.newDevice().credentials())
                        .externalId("user_2")
                        .email(EMAIL)
                        .exclusiveVerifiedEmail()
                        .build());

        assertThat(unsigned.visitor().email().orElseThrow().isVerified()).isFalse();
    }
}
