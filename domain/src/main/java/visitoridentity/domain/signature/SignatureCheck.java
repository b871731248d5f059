package visitoridentity.domain.signature;

/** The outcome of checking one signature. */
public enum SignatureCheck {
    VERIFIED,
    MISSING,
    INVALID,
    /** Not 64 hexadecimal characters. */
    MALFORMED
}
