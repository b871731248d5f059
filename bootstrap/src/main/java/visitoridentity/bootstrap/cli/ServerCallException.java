package visitoridentity.bootstrap.cli;

/** A call to a running server that got no answer, or a problem for one; its message is for the user. */
final class ServerCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServerCallException(String message) {
        super(message);
    }
}
