package visitoridentity.domain.verification;

/** How a workspace treats signatures. */
public enum VerificationMode {
    /** Signatures are ignored; the browser's claims are trusted as given. */
    DISABLED,
    /** Checked when present; an unsigned or badly signed claim is kept as unverified data, never trusted. */
    OPTIONAL,
    /** A claimed external id needs a valid signature and any signature sent must be valid, or nothing changes. */
    REQUIRED,
    /**
     * Treated as OPTIONAL for the caller, while every call that REQUIRED would refuse is recorded (the
     * events and metrics of an observing workspace), so an operator sees what REQUIRED would break.
     */
    OBSERVE
}
