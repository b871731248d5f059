package visitoridentity.application.identify;

/**
 * A call that asked for exclusive emails ({@link IdentifyVisitorCommand#exclusiveVerifiedEmail()})
 * proved an email that a visitor with another external id already holds verified. Nothing changed.
 * The message names neither the email nor the other visitor.
 */
public final class VerifiedEmailTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VerifiedEmailTakenException() {
        super(
                "the verified email is already held by a visitor with another external id; nothing changed",
                null,
                false,
                false);
    }
}
