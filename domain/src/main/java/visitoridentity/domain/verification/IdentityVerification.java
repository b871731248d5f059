package visitoridentity.domain.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.error.VisitorIdentityException;

/**
 * Decides the trust of each claim of one identify call from the workspace's mode and what the
 * call's {@link Proof} says, the same for every scheme.
 *
 * <ul>
 *   <li>DISABLED: every claim is TRUSTED as given; no proof is looked at.
 *   <li>Otherwise a claim whose proof holds over its normal form is VERIFIED (with its provenance);
 *       every other claim is UNVERIFIED. A device proof (chat SDK) verifies no claim.
 *   <li>REQUIRED refuses the call, changing nothing, when an external id comes without a proof that
 *       holds, when any proof sent does not hold, or when a device proof is missing or fails.
 * </ul>
 */
public final class IdentityVerification {
    private IdentityVerification() {}

    public static Judgement verify(VerificationMode mode, SentClaims claims, Proof proof, ProofContext context) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(context, "context");
        if (mode == VerificationMode.DISABLED) {
            return new Judgement(trustedAsGiven(claims), false, List.of(), Optional.empty());
        }
        Judgement judgement = judge(claims, proof.check(claims, context));
        if (mode == VerificationMode.REQUIRED && judgement.refusal().isPresent()) {
            throw judgement.refusal().get();
        }
        return judgement;
    }

    private static Judgement judge(SentClaims claims, ProofChecks checks) {
        Verdicts verdicts = new Verdicts();
        boolean deviceProven =
                checks.device().map(device -> verdicts.device(device)).orElse(false);
        boolean claimsNeedProof = checks.device().isEmpty();
        SentClaims judged = new SentClaims(
                claims.externalId()
                        .map(claim -> verdicts.claim("externalId", claim, checks.externalId(), claimsNeedProof)),
                claims.email().map(claim -> verdicts.claim("email", claim, checks.email(), false)),
                claims.phone().map(claim -> verdicts.claim("phone", claim, checks.phone(), false)));
        return new Judgement(
                judged,
                deviceProven,
                verdicts.failures,
                verdicts.refusals.stream().findFirst());
    }

    private static SentClaims trustedAsGiven(SentClaims claims) {
        return new SentClaims(
                claims.externalId().map(claim -> claim.withTrust(ClaimTrust.TRUSTED)),
                claims.email().map(claim -> claim.withTrust(ClaimTrust.TRUSTED)),
                claims.phone().map(claim -> claim.withTrust(ClaimTrust.TRUSTED)));
    }

    /** Collects the failures of one call, and what REQUIRED refuses it with, in claim order. */
    private static final class Verdicts {
        private final List<VerificationFailure> failures = new ArrayList<>();
        private final List<VisitorIdentityException> refusals = new ArrayList<>();

        boolean device(Check check) {
            if (check instanceof Check.Proven) {
                return true;
            }
            fail("anonymousId", check);
            return false;
        }

        <T extends ClaimValue> Claim<T> claim(String field, Claim<T> claim, Check check, boolean proofNeeded) {
            if (check instanceof Check.Proven proven) {
                return claim.verifiedBy(proven.provenance());
            }
            if (check instanceof Check.Failed || proofNeeded) {
                fail(field, check);
            }
            return claim.withTrust(ClaimTrust.UNVERIFIED);
        }

        private void fail(String field, Check check) {
            if (check instanceof Check.Failed failed) {
                failures.add(new VerificationFailure(field, failed.reason()));
                refusals.add(failed.refusal());
            } else {
                failures.add(new VerificationFailure(field, "missing"));
                refusals.add(new SignatureRequiredException(field));
            }
        }
    }
}
