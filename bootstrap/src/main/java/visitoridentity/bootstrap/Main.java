package visitoridentity.bootstrap;

import visitoridentity.bootstrap.cli.VisitorIdentityCommand;

/** {@code java -jar visitor-identity.jar [command]}: the server when no command is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(VisitorIdentityCommand.commandLine(System.getenv()).execute(args));
    }
}
