package visitoridentity.adapters.http.dialect.zendesk;

import java.util.Objects;
import visitoridentity.adapters.http.dialect.HmacJwt;
import visitoridentity.domain.verification.Check;
import visitoridentity.domain.verification.Proof;
import visitoridentity.domain.verification.ProofChecks;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;

/**
 * Zendesk messaging's user JWT: HS256, signed with the workspace signing key its {@code kid} header
 * names, {@code scope: "user"}. It proves its {@code external_id}, and its {@code email} only when it
 * says {@code email_verified: true}. A token that does not hold proves no claim.
 */
record ZendeskJwt(String token) implements Proof {
    static final String SCHEME = "zendesk-jwt";
    static final String FIELD = "jwt";

    ZendeskJwt {
        Objects.requireNonNull(token, "token");
    }

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        try {
            HmacJwt jwt = HmacJwt.parse(token);
            String kid = jwt.verify(context, true);
            if (!jwt.text("scope").filter("user"::equals).isPresent()) {
                throw new HmacJwt.Refusal(HmacJwt.INVALID, "scope", "the JWT's scope must be \"user\"");
            }
            Check externalId = claims.externalId()
                    .map(claim -> jwt.text("external_id")
                            .map(signed -> HmacJwt.cover("external_id", claim, signed, SCHEME, kid, context))
                            .orElse(Check.MISSING))
                    .orElse(Check.MISSING);
            boolean emailVerified = jwt.bool("email_verified").orElse(false);
            Check email = claims.email()
                    .filter(claim -> emailVerified)
                    .map(claim -> jwt.text("email")
                            .map(signed -> HmacJwt.cover("email", claim, signed, SCHEME, kid, context))
                            .orElse(Check.MISSING))
                    .orElse(Check.MISSING);
            return ProofChecks.ofClaims(externalId, email, Check.MISSING);
        } catch (HmacJwt.Refusal refusal) {
            Check failed = refusal.check(FIELD);
            return ProofChecks.ofClaims(
                    claims.externalId().isPresent() ? failed : Check.MISSING,
                    claims.email().isPresent() ? failed : Check.MISSING,
                    Check.MISSING);
        }
    }

    @Override
    public String toString() {
        return "ZendeskJwt[token=redacted]";
    }
}
