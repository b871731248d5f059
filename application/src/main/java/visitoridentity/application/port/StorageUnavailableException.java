package visitoridentity.application.port;

/**
 * The database cannot be reached: no connection within the pool's timeout, or the connection broke
 * during the call. Not the caller's fault and not a lost race: nothing was changed, and the same
 * call may succeed once the database is back.
 */
public final class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
