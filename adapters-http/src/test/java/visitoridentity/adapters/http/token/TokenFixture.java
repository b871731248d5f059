package visitoridentity.adapters.http.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.fake.InMemoryApplication;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * A workspace with HS256-sized signing keys over the in-memory application, a device, a clock, and
 * tokens signed by nimbus-jose-jwt directly (an independent signer), judged as an identify would.
 */
final class TokenFixture {
    static final String SECRET = "whsec_tokens_0123456789abcdef0123456789abcdef";
    static final String NEXT_SECRET = "whsec_tokens_fedcba9876543210fedcba9876543210";
    static final AnonymousId DEVICE = AnonymousId.of("anon_this_device");

    final InMemoryApplication app = new InMemoryApplication();
    final MutableClock clock = app.clock;
    final WorkspaceId workspace;
    final IdentityTokens tokens;
    final JwksFetcher jwks;
    TokenPolicy policy = TokenPolicy.DEFAULT;

    TokenFixture() {
        workspace = app.useCases
                .createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("tokens"),
                        VerificationMode.REQUIRED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
        app.signingKeys.save(workspace, SigningKeyRing.of(new SigningSecret(SECRET), clock.instant()));
        jwks = new JwksFetcher(clock);
        tokens = new IdentityTokens(
                new IdentityTokenVerifier(app.useCases.managePublicKeys(), app.useCases.spendTokenId(), jwks));
    }

    Instant now() {
        return clock.instant();
    }

    /** The claims a valid token for this workspace carries, to change one at a time. */
    JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .subject("user_123")
                .audience(workspace.value())
                .issueTime(Date.from(now()))
                .expirationTime(Date.from(now().plus(Duration.ofMinutes(5))));
    }

    String hs256(JWTClaimsSet claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), claims, SECRET);
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, String secret) {
        try {
            return sign(header, claims, new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    SigningKeyRing keys() {
        return app.signingKeys.findByWorkspace(workspace).orElseThrow();
    }

    ProofContext context() {
        return new ProofContext(workspace, keys(), now(), DEVICE, policy);
    }

    /** The identify's verdict on a call that sends only {@code token}. */
    Judgement judge(VerificationMode mode, String token) {
        TokenIdentity identity = tokens.read(token);
        SentClaims claims = new SentClaims(
                identity.externalId().map(Claim::externalId),
                identity.email().map(Claim::email),
                identity.phone().map(Claim::phone));
        return app.transactions.inTransaction(
                () -> IdentityVerification.verify(mode, claims, identity.proof(), context()));
    }

    static List<String> codes(Judgement judgement) {
        return judgement.failures().stream().map(failure -> failure.reason()).toList();
    }

    static Optional<String> refusalCode(Judgement judgement) {
        return judgement
                .refusal()
                .map(refusal -> refusal instanceof visitoridentity.domain.error.ProofRefusedException p
                        ? p.code()
                        : refusal.getClass().getSimpleName());
    }
}
