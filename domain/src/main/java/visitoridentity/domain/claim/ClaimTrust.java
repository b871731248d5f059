package visitoridentity.domain.claim;

/** How far a stored claim may be believed. */
public enum ClaimTrust {
    /** A signature proved it. */
    VERIFIED,
    /** Taken as given because the workspace's mode is DISABLED. */
    TRUSTED,
    /** Kept apart: never links, merges, or reaches a trusted context. */
    UNVERIFIED;

    public boolean isTrusted() {
        return this != UNVERIFIED;
    }
}
