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

/** OPTIONAL with one CanonicalIdEmailJson hash over the external id and the email (Rep.ai). */
class IdAndEmailOptionalTest {
    private static final SentClaims ID_AND_EMAIL =
            Claims.sent().externalId("123").email("jessie@example.com").asSent();
    private static final String ID_AND_EMAIL_JSON = "{\"id\":\"123\",\"email\":\"jessie@example.com\"}";

    @Test
    void optionalVerifiesTheIdAndTheEmailWithOneHash() {
        VerifiedClaims verified = verify(OPTIONAL, ID_AND_EMAIL, new IdAndEmailSignature(signed(ID_AND_EMAIL_JSON)));

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.of(VERIFIED), Optional.of(VERIFIED), Optional.empty(), false));
    }

    @Test
    void optionalVerifiesTheIdAloneWhenNoEmailWasSent() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("123").asSent(),
                new IdAndEmailSignature(signed("{\"id\":\"123\"}")));

        assertThat(verified.externalId()).contains(VERIFIED);
    }

    @Test
    void optionalVerifiesAHashOverTheNormalizedEmail() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("123").email(" Jessie@Example.COM").asSent(),
                new IdAndEmailSignature(signed(ID_AND_EMAIL_JSON)));

        assertThat(verified.email()).contains(VERIFIED);
    }

    @Test
    void aHashOnlyOverTheEmailAsSentVerifiesNothing() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().externalId("123").email("Jessie@Example.COM").asSent(),
                new IdAndEmailSignature(signed("{\"id\":\"123\",\"email\":\"Jessie@Example.COM\"}")));

        assertThat(verified.externalId()).contains(UNVERIFIED);
        assertThat(verified.email()).contains(UNVERIFIED);
    }

    @Test
    void optionalVerifiesANonAsciiIdAndNormalizedEmailInBothEscapings() {
        SentClaims claims =
                Claims.sent().externalId("jörg-😀").email("Jörg@bücher.de").asSent();
        String javaScript = "{\"id\":\"jörg-😀\",\"email\":\"jörg@bücher.de\"}";
        String python = "{\"id\":\"j\\u00f6rg-\\ud83d\\ude00\",\"email\":\"j\\u00f6rg@b\\u00fccher.de\"}";
        String pythonAsSent = "{\"id\":\"j\\u00f6rg-\\ud83d\\ude00\",\"email\":\"J\\u00f6rg@b\\u00fccher.de\"}";
        String pythonNormalized = "{\"id\":\"j\\u00f6rg-\\ud83d\\ude00\",\"email\":\"j\\u00f6rg@b\\u00fccher.de\"}";

        assertThat(verify(OPTIONAL, claims, new IdAndEmailSignature(signed(javaScript)))
                        .externalId())
                .contains(VERIFIED);
        assertThat(verify(OPTIONAL, claims, new IdAndEmailSignature(signed(python)))
                        .externalId())
                .contains(VERIFIED);
        assertThat(verify(OPTIONAL, claims, new IdAndEmailSignature(signed(pythonNormalized)))
                        .externalId())
                .contains(VERIFIED);
        assertThat(verify(OPTIONAL, claims, new IdAndEmailSignature(signed(pythonAsSent)))
                        .externalId())
                .contains(UNVERIFIED);
    }

    @Test
    void theHashNeverCoversThePhone() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent()
                        .externalId("123")
                        .email("jessie@example.com")
                        .phone("+15551234567")
                        .asSent(),
                new IdAndEmailSignature(signed(ID_AND_EMAIL_JSON)));

        assertThat(verified.phone()).contains(UNVERIFIED);
    }

    @Test
    void optionalKeepsTheIdAndEmailUnverifiedWithoutAHash() {
        assertThat(verify(OPTIONAL, ID_AND_EMAIL, new IdAndEmailSignature(NO_SIGNATURE)))
                .isEqualTo(
                        new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.empty(), false));
    }

    @Test
    void optionalKeepsTheIdAndEmailUnverifiedWithAnInvalidHash() {
        assertThat(verify(OPTIONAL, ID_AND_EMAIL, new IdAndEmailSignature(INVALID)))
                .isEqualTo(
                        new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.empty(), false));
    }

    @Test
    void optionalKeepsTheIdAndEmailUnverifiedWithAMalformedHash() {
        assertThat(verify(OPTIONAL, ID_AND_EMAIL, new IdAndEmailSignature(MALFORMED)))
                .isEqualTo(
                        new VerifiedClaims(Optional.of(UNVERIFIED), Optional.of(UNVERIFIED), Optional.empty(), false));
    }

    @Test
    void aHashOverTheIdAloneDoesNotVerifyACallThatSentAnEmail() {
        VerifiedClaims verified = verify(OPTIONAL, ID_AND_EMAIL, new IdAndEmailSignature(signed("{\"id\":\"123\"}")));

        assertThat(verified.externalId()).contains(UNVERIFIED);
        assertThat(verified.email()).contains(UNVERIFIED);
    }

    @Test
    void withoutAnExternalIdTheHashCoversNothing() {
        VerifiedClaims verified = verify(
                OPTIONAL,
                Claims.sent().email("jessie@example.com").asSent(),
                new IdAndEmailSignature(signed("{\"email\":\"jessie@example.com\"}")));

        assertThat(verified)
                .isEqualTo(new VerifiedClaims(Optional.empty(), Optional.of(UNVERIFIED), Optional.empty(), false));
    }
}
