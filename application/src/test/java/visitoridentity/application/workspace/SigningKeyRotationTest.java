package visitoridentity.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.VerificationMode;

class SigningKeyRotationTest {

    @Test
    void thePreviousKeyKeepsVerifyingUntilItsGraceEnds() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String oldSignature = s.sign("user_1");

        RotatedSigningKey rotated = s.useCases
                .rotateSigningKey()
                .rotate(RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ofHours(1)));

        assertThat(rotated.previousKeyValidUntil())
                .isEqualTo(s.app.clock.instant().plus(Duration.ofHours(1)));
        Device during = s.newDevice();
        assertThat(s.identify(during.request().externalId("user_1", oldSignature))
                        .hmacVerified())
                .isTrue();
        s.app.clock.advance(Duration.ofHours(1));
        Device after = s.newDevice();
        assertThatThrownBy(() -> s.identify(after.request().externalId("user_1", oldSignature)))
                .isInstanceOf(SignatureInvalidException.class);
        String newSignature = TestHmac.hex(rotated.signingSecret().value(), "user_1");
        assertThat(s.identify(after.request().externalId("user_1", newSignature))
                        .hmacVerified())
                .isTrue();
    }

    @Test
    void aGraceOfZeroRetiresThePreviousKeyAtOnce() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String oldSignature = s.sign("user_1");

        s.useCases.rotateSigningKey().rotate(RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ZERO));

        Device device = s.newDevice();
        assertThatThrownBy(() -> s.identify(device.request().externalId("user_1", oldSignature)))
                .isInstanceOf(SignatureInvalidException.class);
    }

    @Test
    void aNegativeGraceIsRefused() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);

        assertThatThrownBy(() -> RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("graceSeconds");
    }

    @Test
    void signIdentitySignsEachGivenClaimWithTheActiveKey() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String anonymousId = s.newDevice().started().anonymousId().value();

        IdentitySignatures signatures = s.useCases
                .signIdentity()
                .sign(new SignIdentityCommand(
                        s.workspace(),
                        Optional.of("user_123"),
                        Optional.of("jane@example.com"),
                        Optional.empty(),
                        Optional.of(anonymousId)));

        assertThat(signatures.externalId()).contains(TestHmac.hex(s.secret(), "user_123"));
        assertThat(signatures.email()).contains(TestHmac.hex(s.secret(), "jane@example.com"));
        assertThat(signatures.phone()).isEmpty();
        assertThat(signatures.anonymousId()).contains(TestHmac.hex(s.secret(), anonymousId));
    }

    @Test
    void aSiteMovingFromAnotherVendorKeepsTheSecretItsBackendSignsWith() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        String vendorSecret = "secret_from_the_previous_vendor_0123";

        RotatedSigningKey rotated = s.useCases
                .rotateSigningKey()
                .rotate(new RotateSigningKeyCommand(
                        s.workspace(), Duration.ZERO, Optional.of(SigningSecret.imported(vendorSecret))));

        assertThat(rotated.signingSecret().value()).isEqualTo(vendorSecret);
        Device device = s.newDevice();
        String vendorSignature = TestHmac.hex(vendorSecret, "user_1");
        assertThat(s.identify(device.request().externalId("user_1", vendorSignature))
                        .hmacVerified())
                .isTrue();
    }

    @Test
    void anImportedSecretMustBeLongEnough() {
        assertThatThrownBy(() -> SigningSecret.imported("short"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("16 to 1024");
        assertThatThrownBy(() -> SigningSecret.imported(" padded_secret_0123456789 "))
                .isInstanceOf(InvalidFieldException.class);
    }
}
