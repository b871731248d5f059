package visitoridentity.adapters.http.dialect.intercom;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.adapters.http.dialect.HmacJwt;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.verification.Check;
import visitoridentity.domain.verification.Proof;
import visitoridentity.domain.verification.ProofChecks;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;

/**
 * Intercom's {@code intercom_user_jwt}: an HS256 JWT signed with a workspace signing key (the one its
 * {@code kid} names, else the active key). What the token carries is verified: its {@code user_id}
 * proves the external id, its {@code email} and {@code phone} those claims, each only when the call
 * claims that very value in its normal form. A claim the token does not carry stays unverified. A
 * token that does not hold (malformed, wrong key, expired, another algorithm...) proves no claim of
 * the call; on a call that claims nothing it is judged as a proof of the call itself, so a REQUIRED
 * workspace still refuses it.
 */
record IntercomUserJwt(Optional<String> token) implements Proof {
    static final String SCHEME = "intercom-jwt";

    IntercomUserJwt {
        Objects.requireNonNull(token, "token");
    }

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        if (token.isEmpty()) {
            return ProofChecks.ofClaims(Check.MISSING, Check.MISSING, Check.MISSING);
        }
        try {
            HmacJwt jwt = HmacJwt.parse(token.get());
            String kid = jwt.verify(context, false);
            Optional<String> userId = jwt.text("user_id");
            if (userId.isEmpty()) {
                throw new HmacJwt.Refusal(
                        HmacJwt.MALFORMED, "malformed", "Intercom's JWT must carry the user_id claim");
            }
            return ProofChecks.ofClaims(
                    claims.externalId()
                            .map(claim -> HmacJwt.cover("user_id", claim, userId.get(), SCHEME, kid, context))
                            .orElse(Check.MISSING),
                    carried("email", claims.email(), jwt, kid, context),
                    carried("phone", claims.phone(), jwt, kid, context));
        } catch (HmacJwt.Refusal refusal) {
            Check failed = refusal.check("intercom_user_jwt");
            if (claims.isEmpty()) {
                // a token sent must hold even when the call claims nothing: judged as the call's own proof
                return ProofChecks.ofDevice(failed);
            }
            return ProofChecks.ofClaims(
                    claims.externalId().isPresent() ? failed : Check.MISSING,
                    claims.email().isPresent() ? failed : Check.MISSING,
                    claims.phone().isPresent() ? failed : Check.MISSING);
        }
    }

    /** An attribute outside the token proves nothing and is kept unverified; inside, it must match. */
    private static <T extends ClaimValue> Check carried(
            String field, Optional<Claim<T>> claim, HmacJwt jwt, String kid, ProofContext context) {
        if (claim.isEmpty()) {
            return Check.MISSING;
        }
        return jwt.text(field)
                .map(signed -> HmacJwt.cover(field, claim.get(), signed, SCHEME, kid, context))
                .orElse(Check.MISSING);
    }

    @Override
    public String toString() {
        return "IntercomUserJwt[token=" + (token.isPresent() ? "redacted" : "none") + "]";
    }
}
