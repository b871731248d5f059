package visitoridentity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.IndependentHmac;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** The workspace, session and signatures the verification tests share. */
final class VerificationFixture {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final SigningKeyRing KEYS = SigningKeyRing.of(new SigningSecret(IndependentHmac.TEST_SECRET), NOW);
    static final AnonymousId ANONYMOUS_ID = AnonymousId.of("anon_7Hq2");
    static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_test");
    static final Optional<String> NO_SIGNATURE = Optional.empty();
    static final Optional<String> MALFORMED = Optional.of("30aec69b3fc515476c72dce04a267df4");
    static final Optional<String> INVALID = signed("something else entirely");

    private VerificationFixture() {}

    /** The signature of {@code message} with the test secret, made without the production code. */
    static Optional<String> signed(String message) {
        return Optional.of(IndependentHmac.hex(message));
    }

    static VerifiedClaims verify(VerificationMode mode, SentClaims claims, Proof proof) {
        Judgement judgement =
                IdentityVerification.verify(mode, claims, proof, new ProofContext(WORKSPACE, KEYS, NOW, ANONYMOUS_ID));
        return VerifiedClaims.of(judgement);
    }

    static void assertSignatureRequired(ThrowingCallable call, String claim) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SignatureRequiredException.class,
                        e -> assertThat(e.claim()).isEqualTo(claim));
    }

    static void assertSignatureInvalid(ThrowingCallable call, String claim) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SignatureInvalidException.class,
                        e -> assertThat(e.claim()).isEqualTo(claim));
    }

    static void assertSignatureMalformed(ThrowingCallable call, String claim) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SignatureMalformedException.class,
                        e -> assertThat(e.claim()).isEqualTo(claim));
    }
}
