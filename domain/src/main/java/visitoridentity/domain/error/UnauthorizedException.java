package visitoridentity.domain.error;

/** A token or key is missing, wrong, or not for this workspace. The message never repeats the credential. */
public final class UnauthorizedException extends VisitorIdentityException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
