package visitoridentity.application.retention;

import java.time.Clock;
import java.time.Duration;
import visitoridentity.application.port.AnonymousVisitorRepository;

/**
 * The retention sweep: deletes the visitors that were never identified and not seen for the
 * retention period, in batches (each its own transaction) until a batch comes back short.
 */
public final class SweepAnonymousVisitors {
    static final int BATCH = 500;

    private final AnonymousVisitorRepository visitors;
    private final Clock clock;
    private final Duration retention;

    public SweepAnonymousVisitors(AnonymousVisitorRepository visitors, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
        this.visitors = visitors;
        this.clock = clock;
        this.retention = retention;
    }

    /** Runs one sweep and returns how many visitors it deleted. */
    public int sweep() {
        var notSeenSince = clock.instant().minus(retention);
        int total = 0;
        for (int deleted = BATCH; deleted == BATCH; ) {
            deleted = visitors.deleteNeverIdentified(notSeenSince, BATCH);
            total += deleted;
        }
        return total;
    }
}
