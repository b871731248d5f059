package visitoridentity.adapters.http.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.application.token.ManagePublicKeysUseCase;
import visitoridentity.application.token.SpendTokenIdUseCase;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.verification.ProofContext;

/**
 * Verifies an identity token (a compact JWS) with nimbus-jose-jwt, in this order, each failure with
 * its own code and a detail that says what to fix:
 *
 * <ol>
 *   <li>the form: at most 8 KiB, a JWS of three parts with JSON header and claims
 *       ({@code token-malformed});
 *   <li>the header: no {@code crit}, an algorithm this workspace takes (HS256 unless it takes only
 *       public keys; RS256, ES256, EdDSA), a key for its {@code kid} of the type that algorithm
 *       uses, and a signature that holds ({@code token-invalid});
 *   <li>the claims, with 60 s of clock skew: {@code aud} names the workspace ({@code
 *       token-audience}), {@code exp} has not passed ({@code token-expired}), {@code nbf} and {@code
 *       iat} are not in the future ({@code token-not-yet-valid}), {@code sub} is a string, {@code exp}
 *       is at most the workspace's {@code maxTokenLifetime} after {@code iat}, a {@code nonce} names
 *       the calling device ({@code token-invalid});
 *   <li>last, once everything else held, its {@code jti} is spent ({@code token-replayed} on a second
 *       use), so a refused token spends nothing.
 * </ol>
 *
 * HS256 keys are the workspace's signing keys: the header's {@code kid} picks one that still
 * verifies (rotation grace applies); without a {@code kid} only the active key is tried.
 */
public final class IdentityTokenVerifier {
    static final int MAX_TOKEN_CHARACTERS = 8192;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final int MAX_JTI_CHARACTERS = 255;
    private static final int MIN_HMAC_KEY_BYTES = 32;
    private static final Set<JWSAlgorithm> PUBLIC_KEY_ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.EdDSA);

    private final ManagePublicKeysUseCase publicKeys;
    private final SpendTokenIdUseCase spendTokenId;
    private final JwksFetcher jwks;

    public IdentityTokenVerifier(
            ManagePublicKeysUseCase publicKeys, SpendTokenIdUseCase spendTokenId, JwksFetcher jwks) {
        this.publicKeys = publicKeys;
        this.spendTokenId = spendTokenId;
        this.jwks = jwks;
    }

    /**
     * The verified token, or why it proves nothing. {@code claimsForm} is a failure of the claims'
     * form the caller found (a value not in its normal form): it counts only once the signature held,
     * and before the token is spent.
     */
    TokenVerdict verify(String token, ProofContext context, Optional<TokenFailure> claimsForm) {
        try {
            SignedJWT jwt = IdentityTokenReader.signed(token);
            JWSHeader header = jwt.getHeader();
            if (header.getCriticalParams() != null
                    && !header.getCriticalParams().isEmpty()) {
                throw refused(TokenFailure.invalid(
                        "unsupported-header",
                        "the token's header has crit parameters, which this server does not process: sign"
                                + " without crit (and without b64: false)"));
            }
            Optional<String> keyId = verifySignature(jwt, header, context);
            JWTClaimsSet claims = IdentityTokenReader.claims(jwt);
            boolean emailVerified = checkClaims(claims, context);
            if (claimsForm.isPresent()) {
                throw refused(claimsForm.get());
            }
            spend(claims, context);
            return TokenVerdict.valid(new VerifiedToken(keyId, emailVerified));
        } catch (TokenRefusedException refusal) {
            return TokenVerdict.refused(refusal.failure());
        }
    }

    private Optional<String> verifySignature(SignedJWT jwt, JWSHeader header, ProofContext context)
            throws TokenRefusedException {
        JWSAlgorithm algorithm = header.getAlgorithm();
        Optional<String> kid = Optional.ofNullable(header.getKeyID());
        if (JWSAlgorithm.HS256.equals(algorithm)) {
            if (!context.acceptsHmac()) {
                throw refused(TokenFailure.invalid(
                        "hmac-refused",
                        "this workspace takes only tokens signed with its registered public keys (RS256, ES256"
                                + " or EdDSA): sign with your backend's private key, not with HS256"));
            }
            SigningKey key = hmacKey(kid, context);
            if (!holds(jwt, macVerifier(key))) {
                throw refused(mismatch(Optional.of(key.kid())));
            }
            return Optional.of(key.kid());
        }
        if (!PUBLIC_KEY_ALGORITHMS.contains(algorithm)) {
            throw refused(TokenFailure.invalid(
                    "algorithm",
                    "the token's alg " + algorithm.getName() + " is not accepted: sign with HS256 (the workspace's"
                            + " signing key), RS256, ES256 or EdDSA (a registered public key)"));
        }
        List<JWK> candidates = publicKeys(algorithm, kid, context);
        if (candidates.isEmpty()) {
            throw refused(TokenFailure.invalid(
                    "unknown-key",
                    kid.map(id -> "no public key of this workspace has kid " + quoted(id) + " and type "
                                    + algorithm.getName() + ": register it (POST .../public-keys) or publish it at the"
                                    + " workspace's jwksUrl")
                            .orElse("the token has no kid and no public key of this workspace verifies "
                                    + algorithm.getName() + ": register one, or name it with kid")));
        }
        for (JWK candidate : candidates) {
            if (publicVerifier(candidate)
                    .filter(verifier -> holds(jwt, verifier))
                    .isPresent()) {
                return Optional.ofNullable(candidate.getKeyID());
            }
        }
        throw refused(mismatch(kid));
    }

    private static SigningKey hmacKey(Optional<String> kid, ProofContext context) throws TokenRefusedException {
        if (kid.isEmpty()) {
            return context.keys().active();
        }
        return context.keys()
                .verifyingKey(kid.get(), context.now())
                .orElseThrow(() -> refused(TokenFailure.invalid(
                        "unknown-key",
                        "no signing key of this workspace with kid " + quoted(kid.get()) + " verifies now (unknown,"
                                + " or retired after its grace): sign with the active key ("
                                + context.keys().active().kid() + ")")));
    }

    private List<JWK> publicKeys(JWSAlgorithm algorithm, Optional<String> kid, ProofContext context) {
        List<JWK> keys = new ArrayList<>();
        for (RegisteredPublicKey registered : publicKeys.list(context.workspaceId())) {
            if (kid.isEmpty() || kid.get().equals(registered.kid())) {
                parse(registered.jwk()).ifPresent(keys::add);
            }
        }
        context.tokenPolicy()
                .jwksUrl()
                .ifPresent(url -> jwks.keys(url, kid).stream()
                        .filter(key -> kid.isEmpty() || kid.get().equals(key.getKeyID()))
                        .forEach(keys::add));
        return keys.stream()
                .filter(key ->
                        PublicJwk.algorithmOf(key).filter(algorithm::equals).isPresent())
                .toList();
    }

    private static Optional<JWK> parse(String json) {
        try {
            return Optional.of(JWK.parse(json));
        } catch (ParseException unusable) {
            return Optional.empty();
        }
    }

    private static boolean holds(SignedJWT jwt, JWSVerifier verifier) {
        try {
            return jwt.verify(verifier);
        } catch (JOSEException unusable) {
            return false;
        }
    }

    private static JWSVerifier macVerifier(SigningKey key) throws TokenRefusedException {
        byte[] secret = key.secret().value().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_HMAC_KEY_BYTES) {
            throw refused(TokenFailure.invalid(
                    "weak-key",
                    "the signing key " + key.kid() + " is shorter than 256 bits, too short for HS256 tokens:"
                            + " rotate it (POST .../signing-keys) and sign with the new key"));
        }
        try {
            return new MACVerifier(secret);
        } catch (JOSEException tooShort) {
            throw refused(mismatch(Optional.of(key.kid())));
        }
    }

    /** The verifier of a public key; none for a key nimbus cannot use (it verifies nothing). */
    private static Optional<JWSVerifier> publicVerifier(JWK key) {
        try {
            if (key instanceof RSAKey rsa) {
                return Optional.of(new RSASSAVerifier(rsa));
            }
            if (key instanceof ECKey ec) {
                return Optional.of(new ECDSAVerifier(ec));
            }
            if (key instanceof OctetKeyPair okp) {
                return Optional.of(new Ed25519Verifier(okp));
            }
        } catch (JOSEException unusable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return whether the token vouches for its email ({@code email_verified: true}) */
    private static boolean checkClaims(JWTClaimsSet claims, ProofContext context) throws TokenRefusedException {
        String workspace = context.workspaceId().value();
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(workspace)) {
            throw refused(new TokenFailure(
                    TokenFailure.AUDIENCE,
                    "audience",
                    "the token's aud must be this workspace's id (" + workspace + "): a token minted for another"
                            + " workspace or service proves nothing here"));
        }
        Instant now = context.now();
        Instant expiresAt = required(claims.getExpirationTime(), "exp");
        if (now.isAfter(expiresAt.plus(CLOCK_SKEW))) {
            throw refused(new TokenFailure(
                    TokenFailure.EXPIRED,
                    "expired",
                    "the token expired at " + expiresAt + ": mint a new one on your backend for each identify (and"
                            + " check its clock)"));
        }
        Optional<Instant> notBefore = instant(claims.getNotBeforeTime());
        Optional<Instant> issuedAt = instant(claims.getIssueTime());
        for (Optional<Instant> start : List.of(notBefore, issuedAt)) {
            if (start.isPresent() && now.isBefore(start.get().minus(CLOCK_SKEW))) {
                throw refused(new TokenFailure(
                        TokenFailure.NOT_YET_VALID,
                        "not-yet-valid",
                        "the token is valid only from " + start.get() + " (nbf or iat): check your backend's clock,"
                                + " or drop nbf"));
            }
        }
        Duration longest = context.tokenPolicy().maxTokenLifetime();
        Instant from = issuedAt.orElse(now);
        Duration slack = issuedAt.isPresent() ? Duration.ZERO : CLOCK_SKEW;
        if (Duration.between(from, expiresAt).compareTo(longest.plus(slack)) > 0) {
            throw refused(TokenFailure.invalid(
                    "lifetime",
                    "the token lives longer than this workspace's maxTokenLifetime (" + longest.toSeconds()
                            + " s after iat): set exp closer to iat"));
        }
        Object subject = claims.getClaim("sub");
        if (!(subject instanceof String)) {
            throw refused(TokenFailure.invalid(
                    "claims", "the token has no sub: put the user's external id in sub, as a string"));
        }
        Object nonce = claims.getClaim("nonce");
        if (nonce != null && !context.device().value().equals(nonce)) {
            throw refused(TokenFailure.invalid(
                    "device",
                    "the token's nonce binds it to another device: mint it with the anonymousId of the visitor"
                            + " that sends it, or without nonce"));
        }
        Object jti = claims.getClaim("jti");
        if (jti != null && (!(jti instanceof String id) || id.isEmpty() || id.length() > MAX_JTI_CHARACTERS)) {
            throw refused(TokenFailure.invalid("claims", "the token's jti must be a string of 1 to 255 characters"));
        }
        return Boolean.TRUE.equals(claims.getClaim("email_verified"));
    }

    private void spend(JWTClaimsSet claims, ProofContext context) throws TokenRefusedException {
        String jti = claims.getJWTID();
        if (jti == null) {
            return;
        }
        Instant keptUntil = claims.getExpirationTime().toInstant().plus(CLOCK_SKEW);
        if (!spendTokenId.spend(context.workspaceId(), jti, keptUntil)) {
            throw refused(new TokenFailure(
                    TokenFailure.REPLAYED,
                    "replayed",
                    "this token (its jti) was used already: mint a new token for each identify"));
        }
    }

    private static Instant required(Date date, String claim) throws TokenRefusedException {
        if (date == null) {
            throw refused(TokenFailure.invalid(
                    "claims", "the token has no " + claim + ": identity tokens must expire (exp, in seconds)"));
        }
        return date.toInstant();
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static TokenFailure mismatch(Optional<String> kid) {
        return TokenFailure.invalid(
                "mismatch",
                "the token's signature does not verify"
                        + kid.map(id -> " with key " + quoted(id)).orElse("")
                        + ": sign the exact header and claims with that key, and check alg and kid");
    }

    private static String quoted(String kid) {
        String shown = kid.length() > 64 ? kid.substring(0, 64) + "..." : kid;
        return "\"" + shown.replaceAll("[^A-Za-z0-9._-]", "?") + "\"";
    }

    static TokenRefusedException refused(TokenFailure failure) {
        return new TokenRefusedException(failure);
    }
}
