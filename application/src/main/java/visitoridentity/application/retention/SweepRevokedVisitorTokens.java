package visitoridentity.application.retention;

import java.time.Clock;
import java.time.Duration;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.session.SessionLifetime;

/**
 * The sweep that keeps the remembered revoked tokens from growing forever: a token revoked longer
 * ago than the session's idle limit (or its absolute limit, if shorter) would have expired by now
 * anyway, since it was not used after it was revoked, so it is forgotten; its later use is then
 * answered as a token never issued ({@code 401 unauthorized}) rather than {@code session-revoked}.
 * Works in batches (each its own transaction) until a batch comes back short.
 */
public final class SweepRevokedVisitorTokens {
    static final int BATCH = 500;

    private final VisitorTokenRepository tokens;
    private final Clock clock;
    private final Duration remembered;

    public SweepRevokedVisitorTokens(VisitorTokenRepository tokens, Clock clock, SessionLifetime lifetime) {
        this.tokens = tokens;
        this.clock = clock;
        this.remembered = lifetime.idle().compareTo(lifetime.max()) < 0 ? lifetime.idle() : lifetime.max();
    }

    /** Runs one sweep and returns how many revoked tokens it forgot. */
    public int sweep() {
        var revokedBefore = clock.instant().minus(remembered);
        int total = 0;
        for (int forgotten = BATCH; forgotten == BATCH; ) {
            forgotten = tokens.forgetRevokedBefore(revokedBefore, BATCH);
            total += forgotten;
        }
        return total;
    }
}
