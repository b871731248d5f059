package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
import static visitoridentity.domain.claim.ClaimTrust.VERIFIED;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.NO_SIGNATURE;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.OPTIONAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.verification.SignatureEvidence.OverAnonymousId;

/** OPTIONAL with one AnonymousIdValue hmac that vouches for the whole call (chat SDK). */
class OverAnonymousIdOptionalTest {
    private static final ClaimsAsSent EVERY_CLAIM = Claims.sent()
            .externalId("user_123")
            .email("jane@example.com")
            .phone("+15551234567")
            .asSent();
    private static final VerifiedClaims ALL_UNVERIFIED =
            new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), false);

    @Test
    void optionalVerifiesEveryClaimAndTheAnonymousIdWithAValidHmac() {
        VerifiedClaims verified = verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(signed("anon_7Hq2"), false));

        assertThat(verified)
                .isEqualTo(
                        new VerifiedClaims(Optional.of(VERIFIED), Optional.of(VERIFIED), Optional.of(VERIFIED), true));
    }

    @Test
    void optionalVerifiesTheAnonymousIdOfACallWithNoClaim() {
        VerifiedClaims verified = verify(OPTIONAL, ClaimsAsSent.NONE, new OverAnonymousId(signed("anon_7Hq2"), false));

        assertThat(verified.anonymousIdVerified()).isTrue();
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithoutHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(NO_SIGNATURE, true)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithAnInvalidHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(INVALID, true)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void optionalKeepsClaimsUnverifiedWithAMalformedHmac() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(MALFORMED, true)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void anHmacOverAnotherAnonymousIdDoesNotVerify() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(signed("anon_other"), false)))
                .isEqualTo(ALL_UNVERIFIED);
    }

    @Test
    void anHmacOverTheExternalIdDoesNotVerify() {
        assertThat(verify(OPTIONAL, EVERY_CLAIM, new OverAnonymousId(signed("user_123"), false)))
                .isEqualTo(ALL_UNVERIFIED);
    }
}
