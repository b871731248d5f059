package visitoridentity.application.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.SessionExpiredException;

/**
 * How long a visitor token lasts: {@code idle} without use (sliding: each use restarts it), and
 * {@code max} after it was issued, whatever its use. A use is recorded at most once per {@link
 * #RECORD_USE_EVERY} per token, so reads stay reads; the idle limit is therefore exact to within
 * that interval.
 */
public record SessionLifetime(Duration idle, Duration max) {
    public static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);
    public static final SessionLifetime DEFAULT = new SessionLifetime(Duration.ofDays(30), Duration.ofDays(400));

    public SessionLifetime {
        requirePositive("sessionIdle", idle);
        requirePositive("sessionMax", max);
    }

    /** Throws {@link SessionExpiredException} when the token is past either limit at {@code now}. */
    public void requireUnexpired(LiveVisitorToken token, Instant now) {
        if (!now.isBefore(token.issuedAt().plus(max))) {
            throw new SessionExpiredException("the visitor token is older than the " + describe(max)
                    + " a session may last; start a new visitor");
        }
        if (!now.isBefore(token.lastUsedAt().plus(idle))) {
            throw new SessionExpiredException(
                    "the visitor token was not used for " + describe(idle) + "; start a new visitor");
        }
    }

    /** True when the token's recorded last use is old enough to be written again. */
    public boolean isUseStale(LiveVisitorToken token, Instant now) {
        return !now.isBefore(token.lastUsedAt().plus(RECORD_USE_EVERY));
    }

    private static void requirePositive(String field, Duration duration) {
        Objects.requireNonNull(duration, field);
        if (duration.compareTo(RECORD_USE_EVERY) < 0) {
            throw new InvalidFieldException(field, field + " must be at least one minute");
        }
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " days";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + " hours";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " minutes";
        }
        return seconds + " seconds";
    }
}
