package visitoridentity.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Brings the database schema up to date, then exits (the server also does it when it starts).")
final class MigrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseSession.open(VisitorIdentityCommand.configuration(spec)).close();
        spec.commandLine().getOut().println("The database schema is up to date.");
        return 0;
    }
}
