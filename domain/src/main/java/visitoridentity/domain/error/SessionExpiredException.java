package visitoridentity.domain.error;

/** A visitor token went unused for too long, or is older than a session may last. */
public final class SessionExpiredException extends VisitorIdentityException {
    public SessionExpiredException(String message) {
        super(message);
    }
}
