package visitoridentity.adapters.http.dialect;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.verification.Check;
import visitoridentity.domain.verification.ProofContext;

/**
 * A vendor's HS256 JSON Web Token, signed with one of the workspace's signing keys: a building block
 * for the dialects whose vendor identifies users with one (Intercom, Zendesk). nimbus-jose-jwt parses
 * and verifies it; this class adds the rules every such token obeys:
 *
 * <ul>
 *   <li>at most 8 KiB, a compact JWS (an unsigned {@code alg: none} token is refused);
 *   <li>{@code alg} exactly {@code HS256}, no {@code crit} header;
 *   <li>the key its {@code kid} header names, while that key verifies; without a {@code kid}, the
 *       active key, unless the vendor demands a {@code kid};
 *   <li>{@code exp} required, {@code nbf} honoured, both with 60 seconds of clock skew.
 * </ul>
 *
 * A failure is a {@link Refusal} whose code is the problem's ({@code token-malformed},
 * {@code token-invalid}, {@code token-expired}, {@code token-not-yet-valid}) and whose detail says
 * what to fix, never the token or a claim's value.
 */
public final class HmacJwt {
    /** The longest token read, in characters (the compact form is ASCII). */
    public static final int MAX_LENGTH = 8 * 1024;

    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    public static final String MALFORMED = "token-malformed";
    public static final String INVALID = "token-invalid";
    public static final String EXPIRED = "token-expired";
    public static final String NOT_YET_VALID = "token-not-yet-valid";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,18}");

    private final JWT jwt;
    private final JWTClaimsSet claims;

    private HmacJwt(JWT jwt, JWTClaimsSet claims) {
        this.jwt = jwt;
        this.claims = claims;
    }

    /**
     * Reads the token without verifying it: its claims are only what the caller sent until
     * {@link #verify}. An unsigned ({@code alg: none}) token can be read, and never verifies.
     */
    public static HmacJwt parse(String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() > MAX_LENGTH) {
            throw new Refusal(MALFORMED, "malformed", "the JWT is longer than " + MAX_LENGTH + " characters");
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new Refusal(
                    MALFORMED, "malformed", "the JWT is not a compact JWS: header.payload.signature, base64url");
        }
        if (!(parsed instanceof SignedJWT) && !(parsed instanceof PlainJWT)) {
            throw new Refusal(INVALID, "encrypted", "the JWT must be signed with HS256, not encrypted");
        }
        try {
            return new HmacJwt(parsed, parsed.getJWTClaimsSet());
        } catch (ParseException e) {
            throw new Refusal(
                    MALFORMED, "malformed", "the JWT's payload is not a JSON object of claims of the registered types");
        }
    }

    /**
     * Checks the header, the signature with the workspace's keys and the times; returns the {@code kid}
     * of the key that verified it.
     */
    public String verify(ProofContext context, boolean kidRequired) {
        if (!(jwt instanceof SignedJWT signed)) {
            throw new Refusal(INVALID, "unsigned", "the JWT must be signed with HS256; alg none is refused");
        }
        JWSHeader header = signed.getHeader();
        if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
            throw new Refusal(INVALID, "algorithm", "the JWT's alg must be HS256");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new Refusal(INVALID, "critical-header", "the JWT's header must not have a crit parameter");
        }
        SigningKey key = key(header.getKeyID(), context, kidRequired);
        if (!signedWith(signed, key)) {
            throw new Refusal(INVALID, "mismatch", "the JWT's signature does not verify with the key " + key.kid());
        }
        checkTimes(context.now());
        return key.kid();
    }

    /** A claim as text: a string as is, a whole number as its decimal digits; another type is malformed. */
    public Optional<String> text(String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof Number number
                && WHOLE_NUMBER.matcher(number.toString()).matches()) {
            return Optional.of(number.toString());
        }
        throw new Refusal(MALFORMED, "malformed", "the JWT's " + name + " claim must be a string");
    }

    /** A boolean claim; absent is empty, another type is malformed. */
    public Optional<Boolean> bool(String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean bool) {
            return Optional.of(bool);
        }
        throw new Refusal(MALFORMED, "malformed", "the JWT's " + name + " claim must be true or false");
    }

    /**
     * What a verified token's claim {@code signed} proves of the claim the call makes: the claim when
     * the token signs its normal form; nothing when it signs only the form sent (detail: sign the
     * normal form), or another value.
     */
    public static <T extends ClaimValue> Check cover(
            String field, Claim<T> claim, String signed, String scheme, String kid, ProofContext context) {
        if (signed.equals(claim.text())) {
            return new Check.Proven(new Provenance(scheme, Optional.of(kid), context.now()));
        }
        if (signed.equals(claim.asSent())) {
            return new Refusal(
                            INVALID,
                            "not-normalized",
                            "the JWT signs " + field + " as sent, not its normal form: put the normalized value in the"
                                    + " JWT (trimmed and NFC-normalized; an email also lower-cased)")
                    .check(field);
        }
        return new Refusal(
                        INVALID, "mismatch", "the " + field + " sent is not the JWT's: send the JWT's value, or none")
                .check(field);
    }

    private SigningKey key(String kid, ProofContext context, boolean kidRequired) {
        if (!context.acceptsHmac()) {
            throw new Refusal(
                    INVALID,
                    "hmac-refused",
                    "this workspace takes only identities signed with its registered public keys: a JWT signed"
                            + " with its signing key proves nothing here");
        }
        SigningKeyRing keys = context.keys();
        if (kid == null) {
            if (kidRequired) {
                throw new Refusal(INVALID, "unknown-key", "the JWT's header must name its signing key in kid");
            }
            return keys.active();
        }
        return keys.verifyingKey(kid, context.now())
                .orElseThrow(() -> new Refusal(
                        INVALID,
                        "unknown-key",
                        "the JWT's kid names no signing key of this workspace that still verifies: use the"
                                + " signingKeyId of the active key"));
    }

    private static boolean signedWith(SignedJWT jwt, SigningKey key) {
        try {
            return jwt.verify(new MACVerifier(key.secret().value().getBytes(StandardCharsets.UTF_8)));
        } catch (KeyLengthException e) {
            throw new Refusal(
                    INVALID,
                    "short-key",
                    "the signing key " + key.kid() + " is shorter than 256 bits, too short for HS256: rotate it");
        } catch (JOSEException e) {
            throw new Refusal(INVALID, "mismatch", "the JWT's signature could not be verified");
        }
    }

    private void checkTimes(Instant now) {
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new Refusal(MALFORMED, "missing-exp", "the JWT must have an exp claim: give it a short lifetime");
        }
        if (!now.minus(CLOCK_SKEW).isBefore(expiry.toInstant())) {
            throw new Refusal(EXPIRED, "expired", "the JWT has expired: mint a new one for each page load");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant())) {
            throw new Refusal(
                    NOT_YET_VALID, "not-yet-valid", "the JWT's nbf is in the future: check the backend's clock");
        }
    }

    /**
     * Why a token proves nothing. {@code code} is the problem's; {@code reason} is what an audit
     * records; the message says what to fix. Carries no stack trace: it is a verdict, not a fault.
     */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String reason;

        public Refusal(String code, String reason, String detail) {
            super(detail, null, false, false);
            this.code = code;
            this.reason = reason;
        }

        public String code() {
            return code;
        }

        public String reason() {
            return reason;
        }

        /** This refusal as the failed check of one claim ({@code field} as the vendor names it). */
        public Check.Failed check(String field) {
            return new Check.Failed(reason, new ProofRefusedException(code, field, getMessage()));
        }
    }
}
