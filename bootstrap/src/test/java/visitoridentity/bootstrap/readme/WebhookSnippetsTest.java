package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.standardwebhooks.Webhook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import visitoridentity.bootstrap.Executables;

/**
 * Each signature check of docs/events.md, run as printed: it accepts a message the standardwebhooks
 * library signed, and refuses one whose body was changed. In CI (CI=true) a missing interpreter
 * fails the test; elsewhere it skips it.
 */
class WebhookSnippetsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"visitor.identified\",\"data\":{\"name\":\"Zoë\"}}";

    @TempDir
    Path directory;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    enum Language {
        NODE("js", "verify.js", "node"),
        PYTHON("python", "verify.py", "python3"),
        JAVA(
                "java",
                "Verify.java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString());

        final String fence;
        final String fileName;
        final List<String> command;

        Language(String fence, String fileName, String... command) {
            this.fence = fence;
            this.fileName = fileName;
            this.command = List.of(command);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSnippetVerifiesASignedMessageAndRefusesAChangedOne(Language language) throws Exception {
        requireInterpreter(language.command.get(0));
        String snippet = Readme.ofProjectFile("docs/events.md").codeBlock(language.fence);
        Path file = Files.writeString(directory.resolve(language.fileName), snippet, StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        String signature = new Webhook(SECRET).sign("evt_1", timestamp, BODY);

        Run signed = run(language, file, timestamp, "v1,bm90LXRoaXMtb25l " + signature, BODY);
        Run changed = run(language, file, timestamp, signature, BODY.replace("Zoë", "Zoe"));

        assertThat(signed.exitValue()).as(signed.output()).isZero();
        assertThat(signed.output().strip()).isEqualTo("verified");
        assertThat(changed.exitValue()).isNotZero();
    }

    private Run run(Language language, Path file, long timestamp, String signature, String body)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(language.command);
        command.add(file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment()
                .putAll(Map.of(
                        "WEBHOOK_SECRET", SECRET,
                        "WEBHOOK_ID", "evt_1",
                        "WEBHOOK_TIMESTAMP", Long.toString(timestamp),
                        "WEBHOOK_SIGNATURE", signature,
                        "WEBHOOK_BODY", body));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitValue, String output) {}

    private static void requireInterpreter(String command) {
        boolean present = Executables.installed(command);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(command + " is not installed; .ci/run installs it");
        }
        assumeTrue(present, command + " is not installed");
    }
}
