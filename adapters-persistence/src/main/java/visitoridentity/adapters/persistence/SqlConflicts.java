package visitoridentity.adapters.persistence;

import java.sql.SQLException;
import java.util.Map;
import visitoridentity.application.port.ConcurrentUpdateException;

/**
 * Recognises the database errors that mean "another transaction got there first" and turns them into
 * {@link ConcurrentUpdateException}, which the use case answers by retrying from a fresh read.
 *
 * <p>The database's own message is left out on purpose: a unique violation quotes the duplicate key,
 * which may be an email address or an external id, and exception messages end up in logs.
 */
final class SqlConflicts {
    /** SQLState to what it means here; the same codes on H2 and PostgreSQL unless noted. */
    private static final Map<String, String> CONFLICTS = Map.of(
            "23505", "a unique claim (trusted external id, contact email, anonymous id) was taken meanwhile",
            "23503", "a referenced row (such as a contact) was deleted or added meanwhile",
            "40001", "the database chose this transaction as the loser of a conflict",
            "40P01", "deadlock detected (PostgreSQL)",
            "HYT00", "timed out waiting for a row lock (H2)",
            "90131", "concurrent update of the same row (H2)");

    private SqlConflicts() {}

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ConcurrentUpdateException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String meaning = CONFLICTS.get(sql.getSQLState());
                if (meaning != null) {
                    return new ConcurrentUpdateException(meaning + " (SQLState " + sql.getSQLState() + ")");
                }
            }
        }
        return failure;
    }
}
