package visitoridentity.bootstrap.server;

import java.util.Optional;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.id.WorkspaceId;

/**
 * What the server prints on the console once it listens. On the first start that is the only place
 * the demo workspace's secrets and a generated root token are ever shown; they never go to the log.
 */
record Welcome(
        String url,
        Optional<CreatedWorkspace> newDemo,
        Optional<WorkspaceId> existingDemo,
        Optional<String> generatedRootToken,
        boolean demoPage) {

    /** The demo workspace, made now or on an earlier start. */
    Optional<WorkspaceId> demoWorkspace() {
        return newDemo.map(demo -> demo.workspace().id()).or(() -> existingDemo);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        text.append("\nvisitor-identity is running at ").append(url).append("\n");
        text.append("The console: ").append(url).append("/console\n\n");
        newDemo.ifPresent(
                demo -> text.append("A demo workspace was created. Its secrets are shown this once: copy them now.\n")
                        .append("  workspace id     ")
                        .append(demo.workspace().id().value())
                        .append('\n')
                        .append("  signing secret   ")
                        .append(demo.signingSecret().value())
                        .append("   (your backend signs user ids with it)\n")
                        .append("  admin key        ")
                        .append(demo.adminKey())
                        .append("   (server-to-server calls on this workspace)\n\n"));
        existingDemo.ifPresent(id -> text.append("Demo workspace: ")
                .append(id.value())
                .append(" (its secrets were shown on its first start)\n\n"));
        generatedRootToken.ifPresent(
                token -> text.append("Root admin token (reaches every workspace), generated and shown this once:\n  ")
                        .append(token)
                        .append("\nSet VISITOR_IDENTITY_ADMIN_TOKEN to choose your own.\n\n"));
        newDemo.ifPresent(demo -> text.append(
                        "Try it: paste these lines into a shell. A browser starts a visitor, your backend\n")
                .append("signs the user id, and the browser identifies with that signature:\n\n")
                .append(quickstart(demo))
                .append("\nThen open ")
                .append(url)
                .append("/console, sign in with the workspace id and admin key above, and\n")
                .append("search for the external id user_123: its badge says verified.\n\n"));
        if (demoPage && demoWorkspace().isPresent()) {
            text.append("Or see it in a browser: open ").append(url).append("/demo\n\n");
        }
        return text.toString();
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
