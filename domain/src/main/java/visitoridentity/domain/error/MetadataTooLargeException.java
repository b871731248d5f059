package visitoridentity.domain.error;

/** The metadata an identify would store crosses a REJECT limit; nothing was changed. */
public final class MetadataTooLargeException extends VisitorIdentityException {
    private final long size;
    private final long max;
    private final String unit;

    public MetadataTooLargeException(long size, long max, String unit) {
        super("metadata would be " + size + " " + unit + ", over the limit of " + max + " " + unit);
        this.size = size;
        this.max = max;
        this.unit = unit;
    }

    public long size() {
        return size;
    }

    public long max() {
        return max;
    }

    /** {@code bytes} or {@code characters}. */
    public String unit() {
        return unit;
    }
}
