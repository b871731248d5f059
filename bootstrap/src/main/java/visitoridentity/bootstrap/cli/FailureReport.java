package visitoridentity.bootstrap.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.io.PrintWriter;
import java.net.BindException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import visitoridentity.bootstrap.config.InvalidConfigurationException;
import visitoridentity.domain.error.VisitorIdentityException;

/**
 * Turns a failed command into one readable line on stderr and exit status 1: the cause itself, not
 * Guice's wrapping of it. A failure of the caller's making (configuration, input, an unreachable
 * database, a port in use) gets that line only; any other also gets its stack trace.
 */
final class FailureReport implements IExecutionExceptionHandler {
    /** H2's error code for a database file another process has open (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable failure = unwrap(exception);
        Optional<String> explained = explain(failure);
        if (explained.isPresent()) {
            err.println("error: " + explained.get());
        } else {
            err.println("error: " + failure);
            failure.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static Optional<String> explain(Throwable failure) {
        if (failure instanceof InvalidConfigurationException
                || failure instanceof VisitorIdentityException
                || failure instanceof ServerCallException) {
            return Optional.of(failure.getMessage());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException database && database.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of("the H2 database is in use by a running server, and H2 opens a database"
                        + " file in one process only: give the command --server URL to go through the running"
                        + " server's HTTP API (with the root token in VISITOR_IDENTITY_ADMIN_TOKEN), or stop the"
                        + " server first (on PostgreSQL, commands run beside it)");
            }
            if (cause instanceof SQLException database) {
                return Optional.of("the database cannot be used: " + database.getMessage());
            }
            if (cause instanceof BindException) {
                return Optional.of(Objects.requireNonNullElse(failure.getMessage(), cause.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable failure) {
        Collection<Message> messages = failure instanceof CreationException creation
                ? creation.getErrorMessages()
                : failure instanceof ProvisionException provision ? provision.getErrorMessages() : null;
        if (messages == null) {
            return failure;
        }
        return messages.stream()
                .map(Message::getCause)
                .filter(Objects::nonNull)
                .findFirst()
                .map(FailureReport::unwrap)
                .orElse(failure);
    }
}
