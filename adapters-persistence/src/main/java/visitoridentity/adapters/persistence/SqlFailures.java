package visitoridentity.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.StorageUnavailableException;

/**
 * Recognises the database errors that are nobody's fault and says what they mean. "Another
 * transaction got there first" becomes {@link ConcurrentUpdateException}, which the use case answers
 * by retrying from a fresh read. "The database cannot be reached" (no connection from the pool
 * within its timeout, a connection broken or refused, the server shutting down) becomes {@link
 * StorageUnavailableException}, answered as 503. Anything else stays what it was: a 500.
 *
 * <p>The database's own message is left out on purpose: a unique violation quotes the duplicate key,
 * which may be an email address or an external id, and exception messages end up in logs.
 */
final class SqlFailures {
    /** SQLState to what it means here; the same codes on H2 and PostgreSQL unless noted. */
    private static final Map<String, String> CONFLICTS = Map.of(
            "23505", "a unique claim (trusted external id, contact email, anonymous id) was taken meanwhile",
            "23503", "a referenced row (such as a contact) was deleted or added meanwhile",
            "40001", "the database chose this transaction as the loser of a conflict",
            "40P01", "deadlock detected (PostgreSQL)",
            "HYT00", "timed out waiting for a row lock (H2)",
            "90131", "concurrent update of the same row (H2)");

    /**
     * SQLStates of an unreachable database besides class 08 (connection exception, on both):
     * PostgreSQL's shutdown and start-up states; H2's "database closed", "connection broken" and
     * "called at shutdown".
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "90098", "90067", "90121");

    private SqlFailures() {}

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ConcurrentUpdateException || failure instanceof StorageUnavailableException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unreachable(cause)) {
                return new StorageUnavailableException("the database cannot be reached", failure);
            }
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

    private static boolean unreachable(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException) {
            return true; // the pool gave no connection within its timeout
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || UNAVAILABLE.contains(state);
        }
        return false;
    }
}
