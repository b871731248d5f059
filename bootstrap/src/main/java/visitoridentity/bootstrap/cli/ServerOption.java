package visitoridentity.bootstrap.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --server URL} and {@code --token}: where an administration command goes when a server
 * runs. Without {@code --server} the command opens the database itself; with it, it calls that
 * server's HTTP API with the root token or a workspace admin key ({@code --token}, or else {@code
 * VISITOR_IDENTITY_ADMIN_TOKEN}, the variable the server reads its root token from). The token is
 * best given through the environment: a command line is visible to every user of the machine.
 */
final class ServerOption {
    static final String TOKEN_VARIABLE = "VISITOR_IDENTITY_ADMIN_TOKEN";

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Call this running server's HTTP API (for example http://localhost:8080) instead of"
                    + " opening the database, which an H2 server holds while it runs.")
    private URI server;

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "With --server: the root token or a workspace admin key (default: the " + TOKEN_VARIABLE
                    + " environment variable).")
    private String token;

    /** The server to call, if one was named. */
    Optional<URI> server() {
        return Optional.ofNullable(server);
    }

    /** Opens what the command works on: the server named, or the configured database. */
    Administration open(CommandSpec command) {
        if (server == null) {
            if (token != null) {
                throw new ParameterException(command.commandLine(), "--token goes with --server");
            }
            return DatabaseSession.open(VisitorIdentityCommand.configuration(command));
        }
        if (!("http".equals(server.getScheme()) || "https".equals(server.getScheme())) || server.getHost() == null) {
            throw new ParameterException(
                    command.commandLine(),
                    "--server takes the server's http(s) URL, for example http://localhost:8080");
        }
        String bearer = Optional.ofNullable(token)
                .or(() -> VisitorIdentityCommand.environmentVariable(command, TOKEN_VARIABLE))
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new ParameterException(
                        command.commandLine(),
                        "--server needs the root token or a workspace admin key: set " + TOKEN_VARIABLE
                                + " (or give --token)"));
        return new ServerSession(server, bearer);
    }
}
