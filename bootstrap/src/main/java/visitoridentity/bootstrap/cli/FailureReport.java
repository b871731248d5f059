package visitoridentity.bootstrap.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.util.Collection;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import visitoridentity.bootstrap.config.InvalidConfigurationException;
import visitoridentity.domain.error.VisitorIdentityException;

/**
 * Turns a failed command into one readable line on stderr and exit status 1: the cause itself, not
 * Guice's wrapping of it. Only a failure nobody foresaw also gets its stack trace.
 */
final class FailureReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = unwrap(exception);
        if (cause instanceof InvalidConfigurationException || cause instanceof VisitorIdentityException) {
            commandLine.getErr().println("error: " + cause.getMessage());
        } else {
            commandLine.getErr().println("error: " + cause);
            cause.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
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
                .filter(cause -> cause != null)
                .findFirst()
                .map(FailureReport::unwrap)
                .orElse(failure);
    }
}
