package visitoridentity.bootstrap.server;

import java.nio.file.Path;
import java.util.Optional;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.id.WorkspaceId;

/**
 * What the server prints on the console once it listens. On the first start without a configured
 * root token that is the only place the demo workspace's secrets and the generated root token are
 * ever shown; they never go to the log. With a configured root token nothing secret is printed: the
 * demo workspace's secrets are in {@code demoSecretsFile} (mode 0600), which the console names.
 * {@code reachableFromOtherMachines} adds a warning to a new demo workspace's announcement.
 */
record Welcome(
        String url,
        Optional<CreatedWorkspace> newDemo,
        Optional<WorkspaceId> existingDemo,
        Optional<String> generatedRootToken,
        Optional<Path> demoSecretsFile,
        boolean reachableFromOtherMachines,
        boolean demoPage) {
    static final String DEMO_SECRETS_FILE = "demo-workspace.txt";

    Welcome(
            String url,
            Optional<CreatedWorkspace> newDemo,
            Optional<WorkspaceId> existingDemo,
            Optional<String> generatedRootToken) {
        this(url, newDemo, existingDemo, generatedRootToken, false);
    }

    Welcome(
            String url,
            Optional<CreatedWorkspace> newDemo,
            Optional<WorkspaceId> existingDemo,
            Optional<String> generatedRootToken,
            boolean demoPage) {
        this(url, newDemo, existingDemo, generatedRootToken, Optional.empty(), false, demoPage);
    }

    /** The demo workspace, made now or on an earlier start. */
    Optional<WorkspaceId> demoWorkspace() {
        return newDemo.map(demo -> demo.workspace().id()).or(() -> existingDemo);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        text.append("\nvisitor-identity is running at ").append(url).append("\n");
        text.append("The console: ").append(url).append("/console\n\n");
        if (newDemo.isPresent() && demoSecretsFile.isPresent()) {
            text.append("A demo workspace was created: ")
                    .append(newDemo.get().workspace().id().value())
                    .append(". Its signing secret and admin key are in ")
                    .append(demoSecretsFile.get())
                    .append(" (readable by this user only), not shown here.\n\n");
        } else {
            newDemo.ifPresent(demo -> text.append(demoSecrets(demo)));
        }
        if (newDemo.isPresent() && reachableFromOtherMachines) {
            text.append("Warning: the server listens beyond this machine, so the demo workspace can be called\n")
                    .append("from other machines. Set VISITOR_IDENTITY_BIND=127.0.0.1 to keep it to this one.\n\n");
        }
        existingDemo.ifPresent(id -> text.append("Demo workspace: ")
                .append(id.value())
                .append(" (its secrets were shown on its first start)\n\n"));
        generatedRootToken.ifPresent(
                token -> text.append("Root admin token (reaches every workspace), generated and shown this once:\n  ")
                        .append(token)
                        .append("\nSet VISITOR_IDENTITY_ADMIN_TOKEN to choose your own.\n\n"));
        if (demoSecretsFile.isEmpty()) {
            newDemo.ifPresent(demo -> text.append(tryIt(demo)));
        }
        if (demoPage && demoWorkspace().isPresent()) {
            text.append("Or see it in a browser: open ").append(url).append("/demo\n\n");
        }
        return text.toString();
    }

    /** What {@link #DEMO_SECRETS_FILE} holds: the demo workspace's secrets and the lines to try it. */
    String demoSecretsFileText() {
        CreatedWorkspace demo = newDemo.orElseThrow();
        return demoSecrets(demo) + tryIt(demo);
    }

    private static String demoSecrets(CreatedWorkspace demo) {
        StringBuilder text = new StringBuilder();
        text.append("A demo workspace was created. Its secrets are shown this once: copy them now.\n")
                .append("  workspace id     ")
                .append(demo.workspace().id().value())
                .append('\n')
                .append("  signing secret   ")
                .append(demo.signingSecret().value())
                .append("   (your backend signs user ids with it)\n")
                .append("  admin key        ")
                .append(demo.adminKey())
                .append("   (server-to-server calls on this workspace)\n\n");
        return text.toString();
    }

    private String tryIt(CreatedWorkspace demo) {
        return "Try it: paste these lines into a shell. A browser starts a visitor, your backend\n"
                + "signs the user id, and the browser identifies with that signature:\n\n"
                + quickstart(demo)
                + "\nThen open "
                + url
                + "/console, sign in with the workspace id and admin key above, and\n"
                + "search for the external id user_123: its badge says verified.\n\n";
    }

    /** Shell lines that work as printed: no jq, only curl and sed, and no comments (zsh refuses them). */
    private String quickstart(CreatedWorkspace demo) {
        String json = "-H 'Content-Type: application/json'";
        return "BASE=" + url + "\n"
                + "WS=" + demo.workspace().id().value() + "\n"
                + "ADMIN_KEY=" + demo.adminKey() + "\n"
                + "TOKEN=$(curl -sS -X POST \"$BASE/v1/workspaces/$WS/visitors\""
                + " | sed -E 's/.*\"visitorToken\" *: *\"([^\"]*)\".*/\\1/')\n"
                + "SIG=$(curl -sS -X POST \"$BASE/v1/workspaces/$WS/signatures\""
                + " -H \"Authorization: Bearer $ADMIN_KEY\" " + json
                + " -d '{\"externalId\":\"user_123\"}'"
                + " | sed -E 's/.*\"externalId\" *: *\"([0-9a-f]*)\".*/\\1/')\n"
                + "curl -sS -w '\\n' -X POST \"$BASE/v1/workspaces/$WS/identify\""
                + " -H \"Authorization: Bearer $TOKEN\" " + json
                + " -d '{\"externalId\":\"user_123\",\"name\":\"Jane Doe\",\"signatures\":{\"externalId\":\"'\"$SIG\"'\"}}'\n";
    }
}
