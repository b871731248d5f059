package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static visitoridentity.domain.claim.ClaimTrust.VERIFIED;
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
import visitoridentity.domain.verification.SignatureEvidence.OverAnonymousId;

/** REQUIRED with one AnonymousIdValue hmac that vouches for the whole call (chat SDK). */
class OverAnonymousIdRequiredTest {
    private static final ClaimsAsSent EMAIL =
            Claims.sent().email("jane@example.com").asSent();

    @Test
    void requiredVerifiesEveryClaimWithAValidHmac() {
        ClaimsAsSent claims =
                Claims.sent().externalId("user_123").email("jane@example.com").asSent();

        assertThat(verify(REQUIRED, claims, new OverAnonymousId(signed("anon_7Hq2"), true)))
                .isEqualTo(new VerifiedClaims(Optional.of(VERIFIED), Optional.of(VERIFIED), Optional.empty(), true));
    }

    @Test
    void requiredRefusesAnyClaimWithoutHmac() {
        assertSignatureRequired(() -> verify(REQUIRED, EMAIL, new OverAnonymousId(NO_SIGNATURE, false)), "anonymousId");
    }

    @Test
    void requiredRefusesAnyClaimWithAnInvalidHmac() {
        assertSignatureInvalid(() -> verify(REQUIRED, EMAIL, new OverAnonymousId(INVALID, false)), "anonymousId");
    }

    @Test
    void requiredRefusesAnyClaimWithAMalformedHmac() {
        assertSignatureMalformed(() -> verify(REQUIRED, EMAIL, new OverAnonymousId(MALFORMED, false)), "anonymousId");
    }

    @Test
    void requiredRefusesWithTheChatSdkMessage() {
        Throwable refusal = catchThrowable(() -> verify(REQUIRED, EMAIL, new OverAnonymousId(INVALID, false)));

        assertThat(refusal).hasMessage("HMAC verification failed");
    }

    @Test
    void requiredOnEveryCallRefusesAnUnsignedCallWithNoClaim() {
        assertSignatureRequired(
                () -> verify(REQUIRED, ClaimsAsSent.NONE, new OverAnonymousId(NO_SIGNATURE, true)), "anonymousId");
    }

    @Test
    void requiredOnEveryCallRefusesABadlySignedCallWithNoClaim() {
        assertSignatureInvalid(
                () -> verify(REQUIRED, ClaimsAsSent.NONE, new OverAnonymousId(INVALID, true)), "anonymousId");
    }

    @Test
    void requiredLetsAnUnsignedCallWithNoClaimThroughUnlessRequiredOnEveryCall() {
        assertThat(verify(REQUIRED, ClaimsAsSent.NONE, new OverAnonymousId(NO_SIGNATURE, false)))
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void requiredRefusesAnInvalidHmacSentWithNoClaimEvenWhenNotRequiredOnEveryCall() {
        assertSignatureInvalid(
                () -> verify(REQUIRED, ClaimsAsSent.NONE, new OverAnonymousId(INVALID, false)), "anonymousId");
    }

    @Test
    void requiredVerifiesTheAnonymousIdOfASignedCallWithNoClaim() {
        assertThat(verify(REQUIRED, ClaimsAsSent.NONE, new OverAnonymousId(signed("anon_7Hq2"), true))
                        .anonymousIdVerified())
                .isTrue();
    }
}
