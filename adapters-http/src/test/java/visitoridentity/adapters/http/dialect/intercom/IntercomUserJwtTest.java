package visitoridentity.adapters.http.dialect.intercom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.dialect.JwtWorkspace;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.verification.VerificationMode;

/** Intercom's JWT as a proof, judged by the domain like every scheme. */
class IntercomUserJwtTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ProofContext CONTEXT = new ProofContext(
            WorkspaceId.of("ws_1"),
            SigningKeyRing.of(new SigningSecret(JwtWorkspace.SECRET), NOW.minusSeconds(60)),
            NOW,
            AnonymousId.of("anon_1"));

    private static IntercomUserJwt proof(Map<String, Object> claims) {
        return new IntercomUserJwt(Optional.of(
                JwtWorkspace.token(Optional.of("key-1"), JwtWorkspace.SECRET, claims, NOW.plusSeconds(300))));
    }

    private static SentClaims claims(String userId, Optional<String> email) {
        return new SentClaims(Optional.of(Claim.externalId(userId)), email.map(Claim::email), Optional.empty());
    }

    private static Judgement judge(VerificationMode mode, SentClaims claims, IntercomUserJwt proof) {
        return IdentityVerification.verify(mode, claims, proof, CONTEXT);
    }

    @Test
    void theUserIdAndEmailItCarriesAreVerifiedWithTheKeyAndScheme() {
        Judgement judgement = judge(
                VerificationMode.REQUIRED,
                claims("user_123", Optional.of("jane@example.com")),
                proof(Map.of("user_id", "user_123", "email", "jane@example.com")));

        Claim<?> id = judgement.claims().externalId().orElseThrow();
        assertThat(id.trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(id.provenance().orElseThrow().scheme()).isEqualTo("intercom-jwt");
        assertThat(id.provenance().orElseThrow().keyId()).contains("key-1");
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
    }

    @Test
    void anEmailTheTokenDoesNotCarryStaysUnverifiedEvenInRequiredMode() {
        Judgement judgement = judge(
                VerificationMode.REQUIRED,
                claims("user_123", Optional.of("ceo@example.com")),
                proof(Map.of("user_id", "user_123")));

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
    }

    @Test
    void anEmailDifferentFromTheTokensIsAFailedProof() {
        Judgement judgement = judge(
                VerificationMode.OPTIONAL,
                claims("user_123", Optional.of("ceo@example.com")),
                proof(Map.of("user_id", "user_123", "email", "jane@example.com")));

        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(judgement.failures()).extracting(failure -> failure.reason()).contains("mismatch");
    }

    @Test
    void anotherUsersTokenProvesNothingAndRequiredRefusesWithTokenInvalid() {
        IntercomUserJwt victims = proof(Map.of("user_id", "victim"));

        Judgement optional = judge(VerificationMode.OPTIONAL, claims("attacker", Optional.empty()), victims);

        assertThat(optional.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThatThrownBy(() -> judge(VerificationMode.REQUIRED, claims("attacker", Optional.empty()), victims))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("token-invalid"));
    }

    @Test
    void aTokenWithoutUserIdIsMalformed() {
        assertThatThrownBy(() -> judge(
                        VerificationMode.REQUIRED,
                        claims("user_123", Optional.empty()),
                        proof(Map.of("email", "jane@example.com"))))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("token-malformed"));
    }

    @Test
    void aBadTokenOnACallThatClaimsNothingIsStillRefusedInRequiredMode() {
        IntercomUserJwt forged = new IntercomUserJwt(Optional.of("not.a.token"));

        Judgement optional = judge(VerificationMode.OPTIONAL, SentClaims.NONE, forged);

        assertThat(optional.deviceProven()).isFalse();
        assertThatThrownBy(() -> judge(VerificationMode.REQUIRED, SentClaims.NONE, forged))
                .isInstanceOf(ProofRefusedException.class);
    }

    @Test
    void noTokenIsNoProof() {
        Judgement judgement = judge(
                VerificationMode.OPTIONAL, claims("user_123", Optional.empty()), new IntercomUserJwt(Optional.empty()));

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(new IntercomUserJwt(Optional.of("secret-token")).toString()).doesNotContain("secret-token");
    }
}
