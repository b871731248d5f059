package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.Executables;

/** A server started with no configuration at all, as a newcomer starts it, and what it prints. */
class QuickstartTest {
    private static final Pattern ROOT_TOKEN = Pattern.compile("\\n  (vir_[0-9a-f]{64})\\n");
    private static final Pattern DEMO_WORKSPACE = Pattern.compile("workspace id +(ws_\\w+)");

    private Path dataDirectory;

    @BeforeEach
    void freshDataDirectory() {
        dataDirectory = TestServer.temporaryDirectory();
    }

    @AfterEach
    void deleteDataDirectory() {
        TestServer.delete(dataDirectory);
    }

    @Test
    void theFirstStartPrintsACurlSequenceThatWorksAsPrinted() throws Exception {
        assumeTrue(Executables.installed("curl") || "true".equals(System.getenv("CI")), "curl is not installed");
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            String script = quickstart(server.console());

            Process shell = new ProcessBuilder("bash", "-c", script)
                    .redirectErrorStream(true)
                    .start();
            assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(shell.exitValue()).as(output).isZero();
            assertThat(output)
                    .contains("\"externalId\":\"user_123\"")
                    .contains("\"hmacVerified\":true")
                    .contains("\"name\":\"Jane Doe\"");
        }
    }

    @Test
    void theFirstStartPrintsTheUrlTheDemoWorkspaceItsSecretsAndTheGeneratedRootToken() {
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            String console = server.console();

            assertThat(console)
                    .contains("visitor-identity is running at http://localhost:"
                            + server.server().port())
                    .containsPattern("workspace id +ws_\\w+")
                    .containsPattern("signing secret +whsec_[0-9a-f]{64}")
                    .containsPattern("admin key +vik_[0-9a-f]{64}")
                    .containsPattern(ROOT_TOKEN);
        }
    }

    @Test
    void theFirstStartEndsByPointingToTheConsoleItServes() {
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            String url = "http://localhost:" + server.server().port() + "/console";

            assertThat(server.console())
                    .contains("Then open " + url + ", sign in with the workspace id and admin key above");
            Response page = server.api.get("/console", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        }
    }

    @Test
    void theDemoWorkspaceRequiresSignatures() {
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            String workspace = find(DEMO_WORKSPACE, server.console());

            Response shown = server.api.get("/v1/workspaces/" + workspace, find(ROOT_TOKEN, server.console()));

            assertThat(shown.text("/verificationMode")).isEqualTo("required");
        }
    }

    @Test
    void theGeneratedRootTokenKeepsWorkingAfterARestart() {
        String rootToken;
        String workspace;
        try (TestServer first = TestServer.unconfigured(dataDirectory)) {
            rootToken = find(ROOT_TOKEN, first.console());
            workspace = find(DEMO_WORKSPACE, first.console());
        }

        try (TestServer second = TestServer.unconfigured(dataDirectory)) {
            assertThat(second.api.get("/v1/workspaces/" + workspace, rootToken).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aRestartMakesNoSecondDemoWorkspaceAndPrintsNoSecretAgain() {
        String workspace;
        try (TestServer first = TestServer.unconfigured(dataDirectory)) {
            workspace = find(DEMO_WORKSPACE, first.console());
        }

        try (TestServer second = TestServer.unconfigured(dataDirectory)) {
            assertThat(second.console())
                    .contains("Demo workspace: " + workspace)
                    .doesNotContain("whsec_")
                    .doesNotContain("vik_")
                    .doesNotContain("vir_")
                    .doesNotContain("curl");
        }
    }

    @Test
    void onlyTheHashOfTheGeneratedRootTokenIsStored() throws IOException {
        String rootToken;
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            rootToken = find(ROOT_TOKEN, server.console());
        }

        try (var files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as("%s", file)
                        .doesNotContain(rootToken);
            }
        }
    }

    @Test
    void aConfiguredRootTokenIsNeitherGeneratedNorPrinted() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.console()).doesNotContain("vir_").doesNotContain(TestServer.ROOT_TOKEN);
        }
    }

    /** The shell lines of the quickstart: from {@code BASE=} to the blank line that ends them. */
    static String quickstart(String console) {
        int start = console.indexOf("BASE=");
        assertThat(start).as("the console shows a quickstart:%n%s", console).isNotNegative();
        int end = console.indexOf("\n\n", start);
        return console.substring(start, end < 0 ? console.length() : end + 1);
    }

    private static String find(Pattern pattern, String console) {
        Matcher matcher = pattern.matcher(console);
        assertThat(matcher.find()).as("%s in%n%s", pattern, console).isTrue();
        return matcher.group(1);
    }
}
