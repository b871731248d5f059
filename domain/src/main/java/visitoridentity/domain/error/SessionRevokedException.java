package visitoridentity.domain.error;

/** A visitor token was logged out, revoked by an administrator, replaced on a user switch, or erased. */
public final class SessionRevokedException extends VisitorIdentityException {
    public SessionRevokedException(String message) {
        super(message);
    }
}
