package visitoridentity.domain.metadata;

import visitoridentity.domain.error.InvalidFieldException;

/** A workspace's (or a dialect's) limit on stored metadata. */
public record MetadataPolicy(long max, SizeUnit unit, Overflow overflow) {
    public static final long MAX_LIMIT = 1_048_576;
    public static final MetadataPolicy DEFAULT = new MetadataPolicy(8192, SizeUnit.BYTES, Overflow.REJECT);

    public MetadataPolicy {
        if (max < 2 || max > MAX_LIMIT) {
            throw new InvalidFieldException("metadataLimit.max", "must be between 2 and 1048576");
        }
        if (unit == null) {
            throw new InvalidFieldException("metadataLimit.unit", "must be bytes or characters");
        }
        if (overflow == null) {
            throw new InvalidFieldException("metadataLimit.overflow", "must be reject or truncate");
        }
    }
}
