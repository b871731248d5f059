package visitoridentity.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.verification.VerificationMode;

/** Listing the keys that verify, and revoking a previous one before its grace ends. */
class SigningKeyRevocationTest {

    @Test
    void aRevokedPreviousKeyStopsVerifyingAtOnceAndIsNoLongerListed() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String oldSignature = s.sign("user_1");
        RotatedSigningKey rotated = s.useCases
                .rotateSigningKey()
                .rotate(RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ofHours(1)));
        SigningKeys before = s.useCases.showSigningKeys().show(s.workspace());
        String previousKid = before.previous().get(0).kid();

        SigningKeys after = s.useCases.revokeSigningKey().revoke(s.workspace(), previousKid);

        assertThat(before.active().kid()).isEqualTo(rotated.keys().active().kid());
        assertThat(before.previous()).extracting(SigningKey::kid).containsExactly(previousKid);
        assertThat(after.active().kid()).isEqualTo(rotated.keys().active().kid());
        assertThat(after.previous()).isEmpty();
        assertThat(s.useCases.showSigningKeys().show(s.workspace()).previous()).isEmpty();
        Device device = s.newDevice();
        assertThatThrownBy(() -> s.identify(device.request().externalId("user_1", oldSignature)))
                .isInstanceOf(SignatureInvalidException.class);
    }

    @Test
    void theActiveKeyIsRefusedWithTheReasonOnItsKid() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String activeKid =
                s.useCases.showSigningKeys().show(s.workspace()).active().kid();

        assertThatThrownBy(() -> s.useCases.revokeSigningKey().revoke(s.workspace(), activeKid))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("active key");
        assertThat(s.useCases.showSigningKeys().show(s.workspace()).active().kid())
                .isEqualTo(activeKid);
    }

    @Test
    void anUnknownKidOrWorkspaceIsNotFound() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);

        assertThatThrownBy(() -> s.useCases.revokeSigningKey().revoke(s.workspace(), "k_unknown"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.useCases.showSigningKeys().show(WorkspaceId.of("ws_unknown")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPreviousKeyPastItsGraceIsNotListed() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        s.useCases.rotateSigningKey().rotate(RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ofHours(1)));

        s.app.clock.advance(Duration.ofHours(1));

        assertThat(s.useCases.showSigningKeys().show(s.workspace()).previous()).isEmpty();
    }
}
