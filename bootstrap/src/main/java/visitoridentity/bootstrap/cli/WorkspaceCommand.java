package visitoridentity.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import visitoridentity.bootstrap.cli.Administration.CreatedWorkspaceLines;
import visitoridentity.bootstrap.cli.Administration.RotatedKeyLines;
import visitoridentity.bootstrap.cli.Administration.WorkspaceLines;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

@Command(
        name = "workspace",
        mixinStandardHelpOptions = true,
        description = "Creates, lists or shows workspaces, or rotates a signing key: on the database itself, or"
                + " through a running server with --server.",
        subcommands = {
            WorkspaceCommand.Create.class,
            WorkspaceCommand.ListAll.class,
            WorkspaceCommand.Show.class,
            WorkspaceCommand.RotateKey.class
        })
final class WorkspaceCommand {

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates a workspace and prints its signing secret and admin key (shown this once).")
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ServerOption server;

        @Option(names = "--name", required = true, description = "Display name.")
        private String name;

        @Option(
                names = "--verification",
                defaultValue = "disabled",
                description = "disabled, observe, optional or required (default: ${DEFAULT-VALUE}).")
        private VerificationMode verification;

        @Option(
                names = "--allowed-origin",
                paramLabel = "ORIGIN",
                description = "A browser origin allowed to call the browser API; repeatable; none allows every origin.")
        private List<String> allowedOrigins = List.of();

        @Option(
                names = "--metadata-max",
                defaultValue = "8192",
                description = "Metadata limit (default: ${DEFAULT-VALUE}).")
        private long metadataMax;

        @Option(
                names = "--metadata-unit",
                defaultValue = "bytes",
                description = "bytes or characters (default: ${DEFAULT-VALUE}).")
        private SizeUnit metadataUnit;

        @Option(
                names = "--metadata-overflow",
                defaultValue = "reject",
                description = "reject or truncate (default: ${DEFAULT-VALUE}).")
        private Overflow metadataOverflow;

        @Override
        public Integer call() {
            WorkspaceSettings settings = new WorkspaceSettings(
                    WorkspaceName.of(name),
                    verification,
                    new MetadataPolicy(metadataMax, metadataUnit, metadataOverflow),
                    new AllowedOrigins(allowedOrigins));
            try (Administration administration = server.open(spec)) {
                CreatedWorkspaceLines created = administration.create(settings);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created workspace " + created.workspace().id()
                        + ". Its secrets are shown this once: copy them now.");
                out.println("  signing secret  " + created.signingSecret());
                out.println("  admin key       " + created.adminKey());
                print(out, created.workspace());
            }
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Prints every workspace's id, verification mode and name, in id order (never a secret).")
    static final class ListAll implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ServerOption server;

        @Override
        public Integer call() {
            try (Administration administration = server.open(spec)) {
                List<WorkspaceLines> workspaces = administration.list();
                PrintWriter out = spec.commandLine().getOut();
                if (workspaces.isEmpty()) {
                    out.println("No workspaces yet.");
                }
                for (WorkspaceLines workspace : workspaces) {
                    out.println(String.format(
                            "%-24s %-10s %s", workspace.id(), workspace.verification(), workspace.name()));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Prints a workspace's settings (never its secrets).")
    static final class Show implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ServerOption server;

        @Parameters(paramLabel = "WORKSPACE_ID")
        private String workspaceId;

        @Override
        public Integer call() {
            try (Administration administration = server.open(spec)) {
                print(spec.commandLine().getOut(), administration.show(WorkspaceId.of(workspaceId)));
            }
            return 0;
        }
    }

    @Command(
            name = "rotate-key",
            mixinStandardHelpOptions = true,
            description = "Makes a new active signing key; the previous one keeps verifying for the grace period.")
    static final class RotateKey implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ServerOption server;

        @Parameters(paramLabel = "WORKSPACE_ID")
        private String workspaceId;

        @Option(
                names = "--grace-seconds",
                description = "How long the previous key keeps verifying; 0 retires it at once (default: 86400).")
        private long graceSeconds = SigningKeyRing.DEFAULT_GRACE.toSeconds();

        @Override
        public Integer call() {
            try (Administration administration = server.open(spec)) {
                RotatedKeyLines rotated = administration.rotateKey(WorkspaceId.of(workspaceId), graceSeconds);
                PrintWriter out = spec.commandLine().getOut();
                out.println("New signing secret (shown this once): " + rotated.signingSecret());
                out.println("The previous key keeps verifying until " + rotated.previousKeyValidUntil() + ".");
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, WorkspaceLines workspace) {
        List<String> origins = workspace.allowedOrigins();
        out.println("  id              " + workspace.id());
        out.println("  name            " + workspace.name());
        out.println("  verification    " + workspace.verification());
        out.println("  metadata limit  " + workspace.metadataMax() + " " + workspace.metadataUnit() + ", "
                + workspace.metadataOverflow());
        out.println("  allowed origins " + (origins.isEmpty() ? "any" : String.join(" ", origins)));
        out.println("  created         " + workspace.createdAt());
    }
}
