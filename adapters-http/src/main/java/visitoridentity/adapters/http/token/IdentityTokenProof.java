package visitoridentity.adapters.http.token;

import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.verification.Check;
import visitoridentity.domain.verification.Proof;
import visitoridentity.domain.verification.ProofChecks;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;

/**
 * The identity token scheme, from outside the domain: a token that verifies proves its {@code sub}
 * (the external id), its {@code phone_number}, and its {@code email} when {@code email_verified} is
 * true (otherwise the email stays unverified, never refused). A token that fails fails every claim it
 * carries, each with the token's failure (a token that carries none fails as the device's proof, so
 * that a REQUIRED workspace still refuses it). Its values must be in their normal form.
 */
record IdentityTokenProof(String token, IdentityTokenVerifier verifier) implements Proof {
    static final String SCHEME = "identity-token";

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        TokenVerdict verdict = verifier.verify(token, context, notNormalized(claims));
        if (verdict.failure().isPresent()) {
            Check failed = verdict.failure().get().check();
            if (claims.isEmpty()) {
                return new ProofChecks(Check.MISSING, Check.MISSING, Check.MISSING, Optional.of(failed));
            }
            return ProofChecks.ofClaims(
                    claims.externalId().isPresent() ? failed : Check.MISSING,
                    claims.email().isPresent() ? failed : Check.MISSING,
                    claims.phone().isPresent() ? failed : Check.MISSING);
        }
        VerifiedToken verified = verdict.verified().orElseThrow();
        Check proven = new Check.Proven(new Provenance(SCHEME, verified.keyId(), context.now()));
        return ProofChecks.ofClaims(
                claims.externalId().isPresent() ? proven : Check.MISSING,
                claims.email().isPresent() && verified.emailVerified() ? proven : Check.MISSING,
                claims.phone().isPresent() ? proven : Check.MISSING);
    }

    private static Optional<TokenFailure> notNormalized(SentClaims claims) {
        boolean anotherForm = sentInAnotherForm(claims.externalId())
                || sentInAnotherForm(claims.email())
                || sentInAnotherForm(claims.phone());
        return anotherForm
                ? Optional.of(TokenFailure.invalid(
                        "not-normalized",
                        "the token carries a value that is not in its normal form: sign the normalized values (sub"
                                + " trimmed and NFC-normalized; email also lower-cased; phone_number in E.164)"))
                : Optional.empty();
    }

    private static <T extends ClaimValue> boolean sentInAnotherForm(Optional<Claim<T>> claim) {
        return claim.filter(Claim::sentInAnotherForm).isPresent();
    }

    @Override
    public String toString() {
        return "IdentityTokenProof[token=redacted]";
    }
}
