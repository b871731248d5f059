package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
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

/** REQUIRED with one CanonicalIdEmailJson hash over the external id and the email (Rep.ai). */
class IdAndEmailRequiredTest {
    private static final SentClaims ID_AND_EMAIL =
            Claims.sent().externalId("123").email("jessie@example.com").asSent();
    private static final String ID_AND_EMAIL_JSON = "{\"id\":\"123\",\"email\":\"jessie@example.com\"}";

    @Test
    void requiredVerifiesTheIdAndTheEmailWithOneHash() {
        assertThat(verify(REQUIRED, ID_AND_EMAIL, new IdAndEmailSignature(signed(ID_AND_EMAIL_JSON))))
                .isEqualTo(new VerifiedClaims(Optional.of(VERIFIED), Optional.of(VERIFIED), Optional.empty(), false));
    }

    @Test
    void requiredRefusesAnExternalIdWithoutHash() {
        assertSignatureRequired(
                () -> verify(REQUIRED, ID_AND_EMAIL, new IdAndEmailSignature(NO_SIGNATURE)), "externalId");
    }

    @Test
    void requiredRefusesAnExternalIdWithAMalformedHash() {
        assertSignatureMalformed(
                () -> verify(REQUIRED, ID_AND_EMAIL, new IdAndEmailSignature(MALFORMED)), "externalId");
    }

    @Test
    void requiredRefusesAnExternalIdWithAnInvalidHash() {
        assertSignatureInvalid(() -> verify(REQUIRED, ID_AND_EMAIL, new IdAndEmailSignature(INVALID)), "externalId");
    }

    @Test
    void requiredRefusesAHashThatDoesNotCoverTheEmailSent() {
        assertSignatureInvalid(
                () -> verify(REQUIRED, ID_AND_EMAIL, new IdAndEmailSignature(signed("{\"id\":\"123\"}"))),
                "externalId");
    }

    @Test
    void requiredKeepsThePhoneUnverifiedBesideAValidHash() {
        VerifiedClaims verified = verify(
                REQUIRED,
                Claims.sent()
                        .externalId("123")
                        .email("jessie@example.com")
                        .phone("+15551234567")
                        .asSent(),
                new IdAndEmailSignature(signed(ID_AND_EMAIL_JSON)));

        assertThat(verified.phone()).contains(UNVERIFIED);
    }

    @Test
    void requiredKeepsAnEmailWithoutExternalIdUnverified() {
        VerifiedClaims verified = verify(
                REQUIRED, Claims.sent().email("jessie@example.com").asSent(), new IdAndEmailSignature(NO_SIGNATURE));

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.of(UNVERIFIED), Optional.empty(), false));
    }

    @Test
    void requiredIgnoresAHashSentWithoutAnExternalId() {
        VerifiedClaims verified = verify(
                REQUIRED, Claims.sent().email("jessie@example.com").asSent(), new IdAndEmailSignature(MALFORMED));

        assertThat(verified.email()).contains(UNVERIFIED);
    }
}
