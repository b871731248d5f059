package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.NO_SIGNATURE;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureInvalid;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureMalformed;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureRequired;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.REQUIRED;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** REQUIRED with one AnonymousIdValue hmac that vouches for the whole call (chat SDK). */
class OverAnonymousIdRequiredTest {
    private static final SentClaims EMAIL =
            Claims.sent().email("jane@example.com").asSent();

    @Test
    void requiredAcceptsAValidHmacAndKeepsItsClaimsUnverified() {
        SentClaims claims =
                Claims.sent().externalId("user_123").email("jane@example.com").asSent();

        assertThat(verify(REQUIRED, claims, new DeviceSignature(signed("anon_7Hq2"))))
                .isEqualTo(
                        new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.empty(), true));
    }

    @Test
    void requiredRefusesAnyClaimWithoutHmac() {
        assertSignatureRequired(() -> verify(REQUIRED, EMAIL, new DeviceSignature(NO_SIGNATURE)), "anonymousId");
    }

    @Test
    void requiredRefusesAnyClaimWithAnInvalidHmac() {
        assertSignatureInvalid(() -> verify(REQUIRED, EMAIL, new DeviceSignature(INVALID)), "anonymousId");
    }

    @Test
    void requiredRefusesAnyClaimWithAMalformedHmac() {
        assertSignatureMalformed(() -> verify(REQUIRED, EMAIL, new DeviceSignature(MALFORMED)), "anonymousId");
    }

    @Test
    void requiredRefusesWithTheChatSdkMessage() {
        Throwable refusal = catchThrowable(() -> verify(REQUIRED, EMAIL, new DeviceSignature(INVALID)));

        assertThat(refusal).hasMessage("HMAC verification failed");
    }

    @Test
    void requiredOnEveryCallRefusesAnUnsignedCallWithNoClaim() {
        assertSignatureRequired(
                () -> verify(REQUIRED, SentClaims.NONE, new DeviceSignature(NO_SIGNATURE)), "anonymousId");
    }

    @Test
    void requiredOnEveryCallRefusesABadlySignedCallWithNoClaim() {
        assertSignatureInvalid(() -> verify(REQUIRED, SentClaims.NONE, new DeviceSignature(INVALID)), "anonymousId");
    }

    @Test
    void requiredRefusesAnUnsignedCallEvenWithNoClaim() {
        assertSignatureRequired(
                () -> verify(REQUIRED, SentClaims.NONE, new DeviceSignature(NO_SIGNATURE)), "anonymousId");
    }

    @Test
    void requiredRefusesAnInvalidHmacSentWithNoClaimEvenWhenNotRequiredOnEveryCall() {
        assertSignatureInvalid(() -> verify(REQUIRED, SentClaims.NONE, new DeviceSignature(INVALID)), "anonymousId");
    }

    @Test
    void requiredVerifiesTheAnonymousIdOfASignedCallWithNoClaim() {
        assertThat(verify(REQUIRED, SentClaims.NONE, new DeviceSignature(signed("anon_7Hq2")))
                        .anonymousIdVerified())
                .isTrue();
    }
}
