package visitoridentity.domain.claim;

/** How far a stored claim may be believed, strongest first. */
public enum ClaimTrust {
    /** A signature proved it. */
    VERIFIED,
    /** Taken as given because the workspace's mode was DISABLED when it was claimed. */
    TRUSTED,
    /** Kept apart: never links, merges, or reaches a trusted context. */
    UNVERIFIED;

    public boolean isTrusted() {
        return this != UNVERIFIED;
    }

    /** True when this level is at least as strong as {@code other}. */
    public boolean atLeast(ClaimTrust other) {
        return compareTo(other) <= 0;
    }
}
