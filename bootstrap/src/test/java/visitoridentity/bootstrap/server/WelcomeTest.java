package visitoridentity.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.bootstrap.readme.Readme;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;

class WelcomeTest {
    private static final String ADMIN_KEY = "vik_" + "a".repeat(64);
    private static final CreatedWorkspace DEMO = new CreatedWorkspace(
            new Workspace(
                    WorkspaceId.of("ws_demo"),
                    WorkspaceName.of("Demo"),
                    VerificationMode.REQUIRED,
                    MetadataPolicy.DEFAULT,
                    AllowedOrigins.ANY,
                    SecretHash.of(ADMIN_KEY),
                    Instant.EPOCH),
            new SigningSecret("whsec_" + "b".repeat(64)),
            "key-1",
            ADMIN_KEY);

    @Test
    void theReadmeShowsTheQuickstartThatIsPrintedWithPlaceholdersForTheValues() {
        String printed =
                new Welcome("http://localhost:8080", Optional.of(DEMO), Optional.empty(), Optional.empty()).text();
        String quickstart =
                printed.substring(printed.indexOf("BASE="), printed.indexOf("\n\n", printed.indexOf("BASE=")) + 1);

        String readme = Readme.ofProject().section("Quickstart").codeBlock("sh");

        assertThat(readme)
                .isEqualTo(quickstart
                        .replace("WS=ws_demo", "WS=<demo workspace id>")
                        .replace("ADMIN_KEY=" + ADMIN_KEY, "ADMIN_KEY=<demo admin key>"));
    }

    @Test
    void aLaterStartNamesTheDemoWorkspaceAndNoSecret() {
        String printed = new Welcome(
                        "http://localhost:8080",
                        Optional.empty(),
                        Optional.of(WorkspaceId.of("ws_demo")),
                        Optional.empty())
                .text();

        assertThat(printed)
                .contains("visitor-identity is running at http://localhost:8080")
                .contains("Demo workspace: ws_demo")
                .doesNotContain("whsec_")
                .doesNotContain("vik_")
                .doesNotContain("BASE=");
    }
}
