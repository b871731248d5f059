package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.Executables;

/**
 * The console in real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by
 * playwright-core from the console module's {@code test/console.browser.mjs}) against this real
 * server: sign-in, search, badges in each mode, settings refused at their field, key rotation, the
 * signature tester, the recent verification failures, webhooks and public keys, erasure, axe-core
 * on every page, and screenshots at 360 and 1440 px under {@code console/target/screenshots}. Skipped without node, chromium or the console's npm packages,
 * except under CI=true, where any of them missing fails.
 */
class ConsoleInBrowserTest {
    private static final Path CONSOLE =
            Path.of("..", "console").toAbsolutePath().normalize();
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** A bound on a hung browser, not a performance expectation. */
    private static final long RUN_LIMIT_MINUTES = 20;

    @Test
    void theConsoleWorksInARealBrowser() throws IOException, InterruptedException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Executables.installed("node"), "node is not installed");
        assumeTrue(ci || Executables.installed(CHROMIUM), CHROMIUM + " is not installed");
        assumeTrue(
                ci || Files.isDirectory(CONSOLE.resolve("node_modules/playwright-core")),
                "the console's npm packages are not installed (npm ci in console/)");

        Path output = Files.createTempFile("console-browser", ".log");
        // The webhooks panel adds an endpoint on this very server (its 404 is a failed delivery).
        try (TestServer server = TestServer.with(Map.of("VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK", "true"))) {
            ProcessBuilder node = new ProcessBuilder("node", "test/console.browser.mjs")
                    .directory(CONSOLE.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            node.environment()
                    .put(
                            "CONSOLE_BASE_URL",
                            "http://127.0.0.1:" + server.server().port());
            node.environment().put("CONSOLE_ROOT_TOKEN", server.rootToken());
            node.environment()
                    .put(
                            "CONSOLE_SCREENSHOTS",
                            CONSOLE.resolve("target/screenshots").toString());
            Process run = node.start();
            boolean finished = run.waitFor(RUN_LIMIT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                run.destroyForcibly().waitFor();
            }
            String report = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(report);
            assertThat(finished).as("the browser run ended\n%s", report).isTrue();
            assertThat(run.exitValue()).as(report).isZero();
            assertThat(report).contains(" passed, 0 failed");
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
