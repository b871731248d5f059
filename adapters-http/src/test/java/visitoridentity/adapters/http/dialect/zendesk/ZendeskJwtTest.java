package visitoridentity.adapters.http.dialect.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
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

/** Zendesk's JWT as a proof: kid required, scope user, the email only when email_verified. */
class ZendeskJwtTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ProofContext CONTEXT = new ProofContext(
            WorkspaceId.of("ws_1"),
            SigningKeyRing.of(new SigningSecret(JwtWorkspace.SECRET), NOW.minusSeconds(60)),
            NOW,
            AnonymousId.of("anon_1"));
    private static final SentClaims CLAIMS = new SentClaims(
            Optional.of(Claim.externalId("user_123")), Optional.of(Claim.email("jane@example.com")), Optional.empty());

    private static Map<String, Object> user(boolean emailVerified) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("scope", "user");
        claims.put("external_id", "user_123");
        claims.put("email", "jane@example.com");
        claims.put("email_verified", emailVerified);
        return claims;
    }

    private static ZendeskJwt proof(Optional<String> kid, Map<String, Object> claims) {
        return new ZendeskJwt(JwtWorkspace.token(kid, JwtWorkspace.SECRET, claims, NOW.plusSeconds(300)));
    }

    @Test
    void theExternalIdAndAVerifiedEmailAreProven() {
        Judgement judgement = IdentityVerification.verify(
                VerificationMode.REQUIRED, CLAIMS, proof(Optional.of("key-1"), user(true)), CONTEXT);

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(judgement
                        .claims()
                        .email()
                        .orElseThrow()
                        .provenance()
                        .orElseThrow()
                        .scheme())
                .isEqualTo("zendesk-jwt");
    }

    @Test
    void anEmailNotMarkedVerifiedIsKeptUnverifiedWithoutRefusal() {
        Judgement judgement = IdentityVerification.verify(
                VerificationMode.REQUIRED, CLAIMS, proof(Optional.of("key-1"), user(false)), CONTEXT);

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(judgement.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
    }

    @Test
    void aScopeOtherThanUserProvesNothing() {
        Map<String, Object> claims = user(true);
        claims.put("scope", "admin");

        Judgement optional = IdentityVerification.verify(
                VerificationMode.OPTIONAL, CLAIMS, proof(Optional.of("key-1"), claims), CONTEXT);

        assertThat(optional.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(optional.claims().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThatThrownBy(() -> IdentityVerification.verify(
                        VerificationMode.REQUIRED, CLAIMS, proof(Optional.of("key-1"), claims), CONTEXT))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.getMessage()).contains("scope"));
    }

    @Test
    void aTokenWithoutKidProvesNothing() {
        assertThatThrownBy(() -> IdentityVerification.verify(
                        VerificationMode.REQUIRED, CLAIMS, proof(Optional.empty(), user(true)), CONTEXT))
                .isInstanceOfSatisfying(
                        ProofRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("token-invalid"));
    }

    @Test
    void disabledModeLooksAtNoToken() {
        Judgement judgement =
                IdentityVerification.verify(VerificationMode.DISABLED, CLAIMS, new ZendeskJwt("garbage"), CONTEXT);

        assertThat(judgement.claims().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.TRUSTED);
    }
}
