package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.NO_SIGNATURE;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.OPTIONAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OPTIONAL with one AnonymousIdValue hmac that vouches for the whole call (chat SDK). */
class OverAnonymousIdOptionalTest {
    private static final SentClaims EVERY_CLAIM = Claims.sent()
            .externalId("user_123")
            .email("jane@example.com")
            .phone("+15551234567")
            .asSent();
    private static final VerifiedClaims ALL_UNVERIFIED =
            new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), false);

    @Test
    void aValidHmacProvesTheDeviceButNoneOfItsClaims() {
        VerifiedClaims verified = verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(signed("anon_7Hq2")));

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(
                        Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), true));
    }

    @Test
    void optionalVerifiesTheAnonymousIdOfACallWithNoClaim() {
        VerifiedClaims verified = verify(OPTIONAL, SentClaims.NONE, new DeviceSignature(signed("anon_7Hq2")));

        assertThat(verified.anonymousIdVerified()).isTrue();
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithoutHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(NO_SIGNATURE)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithAnInvalidHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(INVALID))).isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithAMalformedHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(MALFORMED)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void anHmacOverAnotherAnonymousIdDoesNotVerify() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(signed("anon_other"))))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void anHmacOverTheExternalIdDoesNotVerify() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new DeviceSignature(signed("user_123"))))
                .isEqualTo(ALL_UNVERIFIED);
    }
}
