package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.domain.claim.ClaimTrust.UNVERIFIED;
import static visitoridentity.domain.claim.ClaimTrust.VERIFIED;
import static visitoridentity.domain.verification.VerificationFixture.INVALID;
import static visitoridentity.domain.verification.VerificationFixture.MALFORMED;
import static visitoridentity.domain.verification.VerificationFixture.signed;
import static visitoridentity.domain.verification.VerificationFixture.verify;
import static visitoridentity.domain.verification.VerificationMode.OPTIONAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

/** OPTIONAL with one PlainValue signature per claim (native API, botBrains, Chatbase, Nexvio). */
class PerClaimOptionalTest {

    @Test
    void optionalVerifiesAProperlySignedExternalId() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("user_123").asSent(),
                Signatures.sent().externalId(signed("user_123")).perClaim());

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.of(VERIFIED), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void optionalKeepsAnUnsignedClaimUnverified() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent()
                        .externalId("user_123")
                        .email("jane@example.com")
                        .phone("+15551234567")
                        .asSent(),
                Proof.NONE);

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(
                        Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), false));
    }

    @Test
    void optionalKeepsABadlySignedClaimUnverified() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("user_123").asSent(),
                Signatures.sent().externalId(signed("user_124")).perClaim());

        assertThat(verified.externalId()).contains(UNVERIFIED);
    }

    @Test
    void optionalKeepsAClaimWithAMalformedSignatureUnverifiedWithoutRefusing() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("user_123").email("jane@example.com").asSent(),
                Signatures.sent().externalId(MALFORMED).email(MALFORMED).perClaim());

        assertThat(verified.externalId()).contains(UNVERIFIED);
        assertThat(verified.email()).contains(UNVERIFIED);
    }

    @Test
    void optionalJudgesEachClaimByItsOwnSignature() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent()
                        .externalId("user_123")
                        .email("jane@example.com")
                        .phone("+15551234567")
                        .asSent(),
                Signatures.sent()
                        .externalId(signed("user_123"))
                        .email(INVALID)
                        .phone(signed("+15551234567"))
                        .perClaim());

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(
                        Optional.of(VERIFIED), Optional.of(UNVERIFIED), Optional.of(VERIFIED), false));
    }

    @Test
    void anEmailSignedOnlyAsSentIsNotVerified() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().email(" Jane@Example.com").asSent(),
                Signatures.sent().email(signed(" Jane@Example.com")).perClaim());

        assertThat(verified.email()).contains(UNVERIFIED);
    }

    @Test
    void optionalVerifiesAnEmailSignedInItsNormalForm() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().email(" Jane@Example.com").asSent(),
                Signatures.sent().email(signed("jane@example.com")).perClaim());

        assertThat(verified.email()).contains(VERIFIED);
    }

    @Test
    void optionalVerifiesAnExternalIdSignedInItsNormalFormWhateverWasSent() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId(" user_123 ").asSent(),
                Signatures.sent().externalId(signed("user_123")).perClaim());

        assertThat(verified.externalId()).contains(VERIFIED);
    }

    @Test
    void aPhoneSignedOnlyAsSentIsNotVerified() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().phone("+1 555 123 4567").asSent(),
                Signatures.sent().phone(signed("+1 555 123 4567")).perClaim());

        assertThat(verified.phone()).contains(UNVERIFIED);
    }

    @Test
    void optionalNeverCallsTheAnonymousIdVerifiedForPerClaimSignatures() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("user_123").asSent(),
                Signatures.sent().externalId(signed("user_123")).perClaim());

        assertThat(verified.anonymousIdVerified()).isFalse();
    }

    @Test
    void aSignatureForAClaimNotSentIsIgnored() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("user_123").asSent(),
                Signatures.sent()
                        .externalId(signed("user_123"))
                        .email(MALFORMED)
                        .phone(INVALID)
                        .perClaim());

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.of(VERIFIED), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void aSignedEmailWithNoNormalFormIsAnInvalidField() {
        assertThatThrownBy(() -> verify(
                        OPTIONAL,
                        Claims.sent().email("not-an-email").asSent(),
                        Signatures.sent().email(signed("not-an-email")).perClaim()))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
