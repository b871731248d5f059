package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import visitoridentity.bootstrap.Executables;

/**
 * Each backend signing snippet of the README, run as printed by its own interpreter with the
 * DESIGN §4 test vector's secret: it must print that vector. In CI (CI=true) a missing interpreter
 * fails the test; elsewhere it skips it.
 */
class SigningSnippetsTest {
    private static final String SECRET = "whsec_test_2f8e52a1";
    private static final String PLAIN_VALUE_USER_123 =
            "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2";

    @TempDir
    Path directory;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    enum Language {
        NODE("js", "sign.js", "node"),
        PYTHON("python", "sign.py", "python3"),
        RUBY("ruby", "sign.rb", "ruby"),
        JAVA("java", "Sign.java", javaLauncher()),
        GO("go", "sign.go", "go", "run"),
        PHP("php", "sign.php", "php");

        final String fence;
        final String fileName;
        final List<String> command;

        Language(String fence, String fileName, String... command) {
            this.fence = fence;
            this.fileName = fileName;
            this.command = List.of(command);
        }

        private static String javaLauncher() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSnippetPrintsTheTestVector(Language language) throws IOException, InterruptedException {
        requireInterpreter(language.command.get(0));
        String snippet = Readme.ofProject().section("Signing on your backend").codeBlock(language.fence);
        Path file = Files.writeString(directory.resolve(language.fileName), snippet, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(language.command);
        command.add(file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("VISITOR_IDENTITY_SIGNING_SECRET", SECRET);
        if (!builder.environment().containsKey("HOME") && !builder.environment().containsKey("XDG_CACHE_HOME")) {
            builder.environment().put("GOCACHE", directory.resolve("go-cache").toString());
        }
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output.strip()).isEqualTo(PLAIN_VALUE_USER_123);
    }

    private static void requireInterpreter(String command) {
        boolean present = Executables.installed(command);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(command + " is not installed; .ci/run installs it");
        }
        assumeTrue(present, command + " is not installed");
    }
}
