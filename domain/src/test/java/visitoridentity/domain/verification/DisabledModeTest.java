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
import visitoridentity.domain.verification.SignatureEvidence.IdAndEmail;
import visitoridentity.domain.verification.SignatureEvidence.OverAnonymousId;

class DisabledModeTest {
    private static final ClaimsAsSent EVERY_CLAIM = Claims.sent()
            .externalId("user_123")
            .email("Jane@Example.com")
            .phone("+1 555 123 4567")
            .asSent();
    private static final VerifiedClaims ALL_TRUSTED =
            new VerifiedClaims(Optional.of(TRUSTED), Optional.of(TRUSTED), Optional.of(TRUSTED), false);

    @Test
    void disabledTrustsEverythingAndIgnoresSignatures() {
        SignatureEvidence evidence = Signatures.sent()
                .externalId(INVALID)
                .email(MALFORMED)
                .phone(NO_SIGNATURE)
                .perClaim();

        assertThat(verify(DISABLED, EVERY_CLAIM, evidence)).isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledTrustsAValidlySignedClaimAsGivenRatherThanVerified() {
        SignatureEvidence evidence =
                Signatures.sent().externalId(signed("user_123")).perClaim();

        assertThat(verify(DISABLED, Claims.sent().externalId("user_123").asSent(), evidence)
                        .externalId())
                .contains(TRUSTED);
    }

    @Test
    void disabledTrustsEveryRepaiClaimWhateverTheHash() {
        assertThat(verify(DISABLED, EVERY_CLAIM, new IdAndEmail(MALFORMED))).isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledTrustsEveryChatSdkClaimAndNeverCallsTheAnonymousIdVerified() {
        VerifiedClaims verified = verify(DISABLED, EVERY_CLAIM, new OverAnonymousId(signed("anon_7Hq2"), true));

        assertThat(verified).isEqualTo(ALL_TRUSTED);
    }

    @Test
    void disabledLetsAnUnsignedChatSdkCallThroughEvenWhenRequiredOnEveryCall() {
        VerifiedClaims verified = verify(DISABLED, ClaimsAsSent.NONE, new OverAnonymousId(NO_SIGNATURE, true));

        assertThat(verified).isEqualTo(new VerifiedClaims(Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void disabledGivesNoTrustToAClaimTheCallDidNotMake() {
        VerifiedClaims verified =
                verify(DISABLED, Claims.sent().email("jane@example.com").asSent(), SignatureEvidence.NONE);

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.of(TRUSTED), Optional.empty(), false));
    }
}
