package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.ClaimTrust.TRUSTED;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.NO_SIGNATURE;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.DISABLED;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisabledModeTest {
    private static final SentClaims EVERY_CLAIM = Claims.sent()
            .externalId("user_123")
            .email("Jane@Example.com")
            .phone("+1 555 123 4567")
            .asSent();
    private static final VerifiedClaims ALL_TRUSTED =
            new VerifiedClaims(Optional.of(TRUSTED), Optional.of(TRUSTED), Optional.of(TRUSTED), false);

    @Test
    void disabledTrustsEverythingAndIgnoresSignatures() {
        Proof evidence = Signatures.sent()
                .externalId(INVALID)
                .email(MALFORMED)
                .phone(NO_SIGNATURE)
                .perClaim();

        assertThat(verify(DISABLED, EVERY_CLAIM, evidence)).isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledTrustsAValidlySignedClaimAsGivenRatherThanVerified() {
        Proof evidence = Signatures.sent().externalId(signed("user_123")).perClaim();

        assertThat(verify(DISABLED, Claims.sent().externalId("user_123").asSent(), evidence)
                        .externalId())
                .contains(TRUSTED);
    }

    @Test
    void disabledTrustsEveryRepaiClaimWhateverTheHash() {
        assertThat(verify(DISABLED, EVERY_CLAIM, new IdAndEmailSignature(MALFORMED)))
                .isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledTrustsEveryChatSdkClaimAndNeverCallsTheAnonymousIdVerified() {
        VerifiedClaims verified = verify(DISABLED, EVERY_CLAIM, new DeviceSignature(signed("anon_7Hq2")));

        assertThat(verified).isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledLetsAnUnsignedChatSdkCallThroughEvenWhenRequiredOnEveryCall() {
        VerifiedClaims verified = verify(DISABLED, SentClaims.NONE, new DeviceSignature(NO_SIGNATURE));

        assertThat(verified).isEqualTo(new VerifiedClaims(Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void disabledGivesNoTrustToAClaimTheCallDidNotMake() {
        VerifiedClaims verified =
                verify(DISABLED, Claims.sent().email("jane@example.com").asSent(), Proof.NONE);

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.of(TRUSTED), Optional.empty(), false));
    }
}
