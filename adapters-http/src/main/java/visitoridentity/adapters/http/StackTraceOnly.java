package visitoridentity.adapters.http;

/**
 * A copy of a failure that keeps its types and stack frames but drops every message: messages of
 * unexpected failures (a database error quoting a row, say) may carry an email or a token, and
 * those never reach a log.
 */
final class StackTraceOnly extends Exception {
    private static final long serialVersionUID = 1L;

    private StackTraceOnly(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static StackTraceOnly of(Throwable failure) {
        Throwable cause = failure.getCause();
        return new StackTraceOnly(failure, cause == null || cause == failure ? null : of(cause));
    }
}
