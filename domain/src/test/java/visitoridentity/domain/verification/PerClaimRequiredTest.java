package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
import static visitoridentity.domain.claim.ClaimTrust.VERIFIED;
import static visitoridentity.domain.verification.VerificationFixture.ANONYMOUS_ID;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.NOW;
import static visitoridentity.domain.verification.VerificationFixture.WORKSPACE;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureInvalid;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureMalformed;
import static visitoridentity.domain.verification.VerificationFixture.assertSignatureRequired;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.REQUIRED;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.signature.IndependentHmac;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** REQUIRED with one PlainValue signature per claim (native API, botBrains, Chatbase, Nexvio). */
class PerClaimRequiredTest {
    private static final SentClaims EXTERNAL_ID =
            Claims.sent().externalId("user_123").asSent();

    @Test
    void requiredVerifiesAProperlySignedExternalId() {
        VerifiedClaims verified = verify(
                REQUIRED,
                EXTERNAL_ID,
                Signatures.sent().externalId(signed("user_123")).perClaim());

        assertThat(verified.externalId()).contains(VERIFIED);
    }

    @Test
    void requiredRefusesAnExternalIdWithoutSignature() {
        assertSignatureRequired(() -> verify(REQUIRED, EXTERNAL_ID, Proof.NONE), "externalId");
    }

    @Test
    void requiredRefusesAnExternalIdWithAMalformedSignature() {
        assertSignatureMalformed(
                () -> verify(
                        REQUIRED,
                        EXTERNAL_ID,
                        Signatures.sent().externalId(MALFORMED).perClaim()),
                "externalId");
    }

    @Test
    void requiredRefusesAnExternalIdWithAnInvalidSignature() {
        assertSignatureInvalid(
                () -> verify(
                        REQUIRED,
                        EXTERNAL_ID,
                        Signatures.sent().externalId(INVALID).perClaim()),
                "externalId");
    }

    @Test
    void requiredKeepsAnUnsignedEmailAndPhoneUnverified() {
        VerifiedClaims verified = verify(
                REQUIRED,
                Claims.sent()
                        .externalId("user_123")
                        .email("jane@example.com")
                        .phone("+15551234567")
                        .asSent(),
                Signatures.sent().externalId(signed("user_123")).perClaim());

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(
                        Optional.of(VERIFIED), Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), false));
    }

    @Test
    void requiredVerifiesASignedEmailWithoutAnExternalId() {
        VerifiedClaims verified = verify(
                REQUIRED,
                Claims.sent().email("Jane@Example.com").asSent(),
                Signatures.sent().email(signed("jane@example.com")).perClaim());

        assertThat(verified.email()).contains(VERIFIED);
    }

    @Test
    void requiredRefusesABadEmailSignatureEvenThoughEmailMayBeUnsigned() {
        assertSignatureInvalid(
                () -> verify(
                        REQUIRED,
                        Claims.sent()
                                .externalId("user_123")
                                .email("jane@example.com")
                                .asSent(),
                        Signatures.sent()
                                .externalId(signed("user_123"))
                                .email(INVALID)
                                .perClaim()),
                "email");
    }

    @Test
    void requiredRefusesAMalformedEmailSignatureEvenThoughEmailMayBeUnsigned() {
        assertSignatureMalformed(
                () -> verify(
                        REQUIRED,
                        Claims.sent().email("jane@example.com").asSent(),
                        Signatures.sent().email(MALFORMED).perClaim()),
                "email");
    }

    @Test
    void requiredRefusesABadPhoneSignatureEvenThoughPhoneMayBeUnsigned() {
        assertSignatureInvalid(
                () -> verify(
                        REQUIRED,
                        Claims.sent().phone("+15551234567").asSent(),
                        Signatures.sent().phone(signed("+15551234568")).perClaim()),
                "phone");
    }

    @Test
    void requiredAcceptsACallWithNoClaim() {
        assertThat(verify(REQUIRED, SentClaims.NONE, Proof.NONE))
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void requiredIgnoresASignatureForAClaimNotSent() {
        VerifiedClaims verified = verify(
                REQUIRED,
                EXTERNAL_ID,
                Signatures.sent()
                        .externalId(signed("user_123"))
                        .email(MALFORMED)
                        .perClaim());

        assertThat(verified.email()).isEmpty();
    }

    @Test
    void requiredAcceptsThePreviousKeyDuringItsGraceOnly() {
        SigningKeyRing rotated = SigningKeyRing.of(new SigningSecret(IndependentHmac.TEST_SECRET), NOW)
                .rotate(new SigningSecret("whsec_next"), NOW, Duration.ofHours(1));
        Proof byOldKey = Signatures.sent().externalId(signed("user_123")).perClaim();

        assertThat(IdentityVerification.verify(
                                REQUIRED,
                                EXTERNAL_ID,
                                byOldKey,
                                new ProofContext(WORKSPACE, rotated, NOW.plusSeconds(3599), ANONYMOUS_ID))
                        .claims()
                        .externalId()
                        .map(Claim::trust))
                .contains(VERIFIED);
        assertSignatureInvalid(
                () -> IdentityVerification.verify(
                        REQUIRED,
                        EXTERNAL_ID,
                        byOldKey,
                        new ProofContext(WORKSPACE, rotated, NOW.plusSeconds(3600), ANONYMOUS_ID)),
                "externalId");
    }

    @Test
    void aRefusalNamesTheClaimButNeverTheSignatureOrTheSecret() {
        Optional<String> wrong = signed("user_124");

        Throwable refusal = catchThrowable(() -> verify(
                REQUIRED, EXTERNAL_ID, Signatures.sent().externalId(wrong).perClaim()));

        assertThat(refusal.getMessage())
                .contains("externalId")
                .doesNotContain(wrong.orElseThrow())
                .doesNotContain(IndependentHmac.TEST_SECRET);
    }
}
