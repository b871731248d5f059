package visitoridentity.domain.metadata;

/** What happens when a patch would make the metadata cross its limit. */
public enum Overflow {
    /** The whole identify is refused and nothing changes. */
    REJECT,
    /** Set-keys are kept in patch order up to the first that would cross; it and all later ones are dropped. */
    TRUNCATE
}
