package visitoridentity.domain.verification;

/**
 * What one identify call brings to prove its claims, in one signature scheme. A scheme only
 * checks; what a check is worth (verified, kept unverified, or the call refused) is decided by
 * {@link IdentityVerification} from the workspace's mode, the same for every scheme.
 *
 * <p>Open on purpose: the HMAC schemes of this package are implementations, and a dialect brings
 * its own (an identity token, a vendor's JWT) from its own package without touching the domain.
 */
public interface Proof {
    /** No signature at all. */
    Proof NONE =
            new PerClaimSignatures(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());

    /** Checks the call's claims with the workspace's keys. */
    ProofChecks check(SentClaims claims, ProofContext context);
}
