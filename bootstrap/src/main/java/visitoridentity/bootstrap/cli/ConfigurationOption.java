package visitoridentity.bootstrap.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import visitoridentity.bootstrap.config.ServerConfiguration;

/** The {@code --config} option every command that reaches the database shares. */
final class ConfigurationOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A properties file with the same keys as the environment variables;"
                    + " the environment wins where both set a value.")
    private Path file;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    ServerConfiguration load() {
        VisitorIdentityCommand root = (VisitorIdentityCommand) command.root().userObject();
        return ServerConfiguration.load(root.environment(), Optional.ofNullable(file));
    }
}
