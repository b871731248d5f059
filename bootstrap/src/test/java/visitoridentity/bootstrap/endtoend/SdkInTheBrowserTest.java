package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.Executables;

/**
 * The browser SDK in real headless Chromium (Debian's, through playwright-core) against this real
 * server, started as a newcomer starts it (so the first-start demo workspace and {@code /demo} are
 * there). The scenarios are node test files in {@code sdk-browser/browser-tests}; each serves its
 * pages from a loopback origin of its own, so every SDK call crosses origins. Without node or
 * Chromium the test is skipped, except under {@code CI=true}, where it fails.
 */
class SdkInTheBrowserTest {
    private static final Path SDK_MODULE =
            Path.of("..", "sdk-browser").toAbsolutePath().normalize();
    private static final Path BROWSER_TESTS = SDK_MODULE.resolve("browser-tests");
    private static final Path ARTIFACTS = Path.of("target", "browser-tests").toAbsolutePath();
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Two of them skip themselves on a server without logout and session revocation. */
    private static final int SCENARIOS = 17;

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
    void everyBrowserScenarioPassesInHeadlessChromium() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(Executables.installed("node") || ci, "node is not installed");
        assumeTrue(Executables.installed(CHROMIUM) || ci, "chromium is not installed (apt-get install -y chromium)");
        assertThat(Executables.installed("node"))
                .as("node, which runs the browser tests")
                .isTrue();
        assertThat(Executables.installed(CHROMIUM)).as(CHROMIUM).isTrue();
        assertThat(SDK_MODULE.resolve("node_modules/playwright-core"))
                .as("the sdk-browser module's npm ci runs before this module's tests")
                .isDirectory();
        Files.createDirectories(ARTIFACTS);
        Path output = ARTIFACTS.resolve("node-output.txt");

        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            ProcessBuilder node = new ProcessBuilder(command())
                    .directory(SDK_MODULE.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            node.environment()
                    .put("VI_SERVER", "http://localhost:" + server.server().port());
            node.environment().put("VI_ROOT_TOKEN", server.rootToken());
            node.environment().put("VI_ARTIFACTS", ARTIFACTS.toString());
            Process run = node.start();
            boolean finished = run.waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                run.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(printed);

            assertThat(finished).as("the browser tests finished\n" + printed).isTrue();
            assertThat(run.exitValue()).as(printed).isZero();
            assertThat(printed).contains("ℹ tests " + SCENARIOS + "\n").contains("ℹ fail 0\n");
        }
        assertThat(ARTIFACTS.resolve("demo-verified.png")).isNotEmptyFile();
    }

    private static List<String> command() throws IOException {
        List<String> command =
                new ArrayList<>(List.of("node", "--test", "--test-reporter=spec", "--test-concurrency=1"));
        try (Stream<Path> files = Files.list(BROWSER_TESTS)) {
            files.map(Path::toString)
                    .filter(name -> name.endsWith(".browser.test.mjs"))
                    .sorted()
                    .forEach(command::add);
        }
        return command;
    }
}
