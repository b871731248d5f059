package visitoridentity.domain.error;

/** A field broke its rule; {@code field} names it as the native API spells it, {@code rule} says what it must be. */
public final class InvalidFieldException extends VisitorIdentityException {
    private final String field;
    private final String rule;

    public InvalidFieldException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
