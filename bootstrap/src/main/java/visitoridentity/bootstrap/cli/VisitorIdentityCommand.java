package visitoridentity.bootstrap.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import visitoridentity.bootstrap.config.ServerConfiguration;

/** The command line of the runnable jar. With no command it serves, like {@code serve}. */
@Command(
        name = "visitor-identity",
        mixinStandardHelpOptions = true,
        versionProvider = VisitorIdentityCommand.Version.class,
        description = {
            "Ties anonymous chat-widget visitors to known users, with HMAC-SHA256 identity verification.",
            "With no command, runs the server (see 'serve'). Configured by VISITOR_IDENTITY_* environment"
                    + " variables or a --config file."
        },
        subcommands = {ServeCommand.class, MigrateCommand.class, WorkspaceCommand.class, SignCommand.class})
public final class VisitorIdentityCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "A properties file with the same keys as the environment variables;"
                    + " the environment wins where both set a value.")
    private Path configurationFile;

    @Spec
    private CommandSpec spec;

    private VisitorIdentityCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The command line over the given environment (the process's, or a test's). */
    public static CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new VisitorIdentityCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureReport());
    }

    /** The version the runnable jar's manifest states. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = VisitorIdentityCommand.class.getPackage().getImplementationVersion();
            return new String[] {"visitor-identity " + (version == null ? "(development build)" : version)};
        }
    }

    /** The configuration of the command {@code command} runs: the environment over the --config file. */
    static ServerConfiguration configuration(CommandSpec command) {
        VisitorIdentityCommand root = (VisitorIdentityCommand) command.root().userObject();
        return ServerConfiguration.load(root.environment, Optional.ofNullable(root.configurationFile));
    }

    /** A variable of the environment the command line runs in (the process's, or a test's). */
    static Optional<String> environmentVariable(CommandSpec command, String name) {
        VisitorIdentityCommand root = (VisitorIdentityCommand) command.root().userObject();
        return Optional.ofNullable(root.environment.get(name));
    }

    @Override
    public Integer call() throws InterruptedException {
        return ServeCommand.serve(configuration(spec), spec.commandLine().getOut());
    }
}
