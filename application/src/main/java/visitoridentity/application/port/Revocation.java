package visitoridentity.application.port;

/** Why a visitor token stopped working. */
public enum Revocation {
    /** The browser logged out. */
    LOGOUT,
    /** An administrator revoked every token of the visitor. */
    ADMIN,
    /** Identify moved the device to another visitor and handed it a fresh token. */
    ROTATION,
    /** The visitor was erased. */
    ERASURE
}
