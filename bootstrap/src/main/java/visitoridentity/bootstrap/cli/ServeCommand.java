package visitoridentity.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.server.Server;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the HTTP server until SIGTERM or Ctrl-C, then finishes the requests in flight.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return serve(
                VisitorIdentityCommand.configuration(spec), spec.commandLine().getOut());
    }

    static int serve(ServerConfiguration configuration, PrintWriter console) throws InterruptedException {
        Server server = Server.start(configuration, console);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "visitor-identity-shutdown"));
        server.awaitStop();
        return 0;
    }
}
