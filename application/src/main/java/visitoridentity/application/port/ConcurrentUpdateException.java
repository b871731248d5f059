package visitoridentity.application.port;

/**
 * A write lost a race: a version moved on, or a unique claim (trusted external id, contact email,
 * anonymous id) was taken by another transaction. The use case retries from a fresh read.
 */
public final class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
