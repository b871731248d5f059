package visitoridentity.domain.error;

/** An unknown workspace, visitor or contact, or one that belongs to another workspace. */
public final class NotFoundException extends VisitorIdentityException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = id;
    }

    /** {@code workspace}, {@code visitor} or {@code contact}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
