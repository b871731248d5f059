package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.Executables;

/**
 * Each vendor's backend snippet in docs/dialects.md, run as printed (Node.js as CommonJS, Python)
 * with a known secret: it must print the signature the dialect verifies for its example user. In CI
 * (CI=true) a missing interpreter fails the test; elsewhere it skips it.
 */
class DialectSnippetsTest {
    private static final String SECRET = "whsec_test_2f8e52a1";
    private static final String DOC = "docs/dialects.md";

    @TempDir
    Path directory;

    record Snippet(String section, String fence, int index, String expected) {
        @Override
        public String toString() {
            return section + " " + fence + " #" + index;
        }
    }

    static Stream<Snippet> snippets() {
        String repai = TestHmac.hex(SECRET, "{\"id\":\"123\",\"email\":\"jessie@example.com\"}");
        String userId = TestHmac.hex(SECRET, "user_123");
        String anonymousId = TestHmac.hex(SECRET, "anon_3");
        return Stream.of(
                new Snippet("Rep.ai", "python", 0, repai),
                new Snippet("Rep.ai", "js", 0, repai),
                new Snippet("Chatbase", "js", 0, userId),
                new Snippet("Nexvio", "js", 0, userId),
                new Snippet(
                        "botBrains",
                        "js",
                        0,
                        String.join(
                                " ",
                                TestHmac.hex(SECRET, "user_01234567890"),
                                TestHmac.hex(SECRET, "liam@example.com"),
                                TestHmac.hex(SECRET, "+4915168433056"))),
                new Snippet("Chat SDK", "js", 0, anonymousId),
                new Snippet("Chat SDK", "python", 0, anonymousId));
    }

    @Test
    void everyBackendSnippetOfThePageIsRunHere() {
        Readme page = Readme.ofProjectFile(DOC);
        long blocks = page.codeBlocks("js").size() + page.codeBlocks("python").size();

        assertThat(snippets()).hasSize((int) blocks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void theSnippetPrintsTheSignatureTheDialectVerifies(Snippet snippet) throws IOException, InterruptedException {
        String interpreter = snippet.fence().equals("js") ? "node" : "python3";
        requireInterpreter(interpreter);
        String code = Readme.ofProjectFile(DOC)
                .section(snippet.section())
                .codeBlocks(snippet.fence())
                .get(snippet.index());
        // A plain .js file with no package.json around it: Node.js runs it as CommonJS.
        Path file = Files.writeString(
                directory.resolve(snippet.fence().equals("js") ? "sign.js" : "sign.py"), code, StandardCharsets.UTF_8);
        ProcessBuilder builder =
                new ProcessBuilder(List.of(interpreter, file.toString())).directory(directory.toFile());
        builder.environment().put("VISITOR_IDENTITY_SIGNING_SECRET", SECRET);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output.strip()).isEqualTo(snippet.expected());
    }

    private static void requireInterpreter(String command) {
        boolean present = Executables.installed(command);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(command + " is not installed; .ci/run installs it");
        }
        assumeTrue(present, command + " is not installed");
    }
}
