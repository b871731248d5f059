package visitoridentity.domain.metadata;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.json.CompactSize;

/**
 * A workspace's (or a dialect's) limit on stored metadata. A dialect's limit applies {@link #within}
 * the workspace's: its unit and overflow, and never more than the workspace allows ({@code ceiling},
 * in the workspace's unit).
 */
public record MetadataPolicy(long max, SizeUnit unit, Overflow overflow, Optional<Ceiling> ceiling) {
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
        Objects.requireNonNull(ceiling, "ceiling");
    }

    public MetadataPolicy(long max, SizeUnit unit, Overflow overflow) {
        this(max, unit, overflow, Optional.empty());
    }

    /**
     * This (a dialect's) policy, never looser than {@code workspace}'s: in one unit the smaller max
     * wins; across units the workspace's max stays a second limit that every result must also meet.
     */
    public MetadataPolicy within(MetadataPolicy workspace) {
        if (workspace.unit == unit) {
            return new MetadataPolicy(Math.min(max, workspace.max), unit, overflow, workspace.ceiling);
        }
        return new MetadataPolicy(max, unit, overflow, Optional.of(new Ceiling(workspace.max, workspace.unit)));
    }

    /** True when metadata of {@code size} is within this policy. */
    boolean allows(CompactSize size) {
        return unit.of(size) <= max
                && ceiling.map(c -> c.unit().of(size) <= c.max()).orElse(true);
    }

    /** Refuses (REJECT) metadata of {@code size} when it is over this policy, naming the limit it crosses. */
    void refuseIfOver(CompactSize size) {
        if (unit.of(size) > max) {
            throw new MetadataTooLargeException(unit.of(size), max, unit.label());
        }
        ceiling.filter(c -> c.unit().of(size) > c.max()).ifPresent(c -> {
            throw new MetadataTooLargeException(
                    c.unit().of(size), c.max(), c.unit().label());
        });
    }

    /** The workspace's limit a dialect's policy must also meet. */
    public record Ceiling(long max, SizeUnit unit) {
        public Ceiling {
            Objects.requireNonNull(unit, "unit");
        }
    }
}
