package visitoridentity.application.port;

/**
 * A stored row breaks a rule the domain enforces on everything it stores (edited by hand, or
 * damaged): the server's fault, never the caller's. The message names the row by its key (ids
 * only, never a claim's value), so that an operator can find and repair it.
 */
public final class CorruptStoredDataException extends RuntimeException {
    public CorruptStoredDataException(String rowKey, Throwable cause) {
        super("the stored row " + rowKey + " breaks a domain rule", cause);
    }
}
