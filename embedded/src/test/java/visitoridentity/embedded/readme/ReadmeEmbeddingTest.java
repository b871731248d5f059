package visitoridentity.embedded.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding program, compiled and run as printed by the JDK's source launcher on
 * this module's class path (which holds no HTTP stack and no logging binding), and the Maven
 * coordinates it gives, held to the project's poms.
 */
class ReadmeEmbeddingTest {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\n");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    private static final Pattern PRINTS = Pattern.compile("It prints `([^`]+)`");

    private final String section = sectionOfReadme("Embedding in your JVM");

    @TempDir
    Path directory;

    @Test
    void theProgramCompilesAndRunsAsPrinted() throws IOException, InterruptedException {
        String program = codeBlocks("java").stream()
                .filter(block -> block.contains("public static void main"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Embedding section has no java program"));
        Matcher className = PUBLIC_CLASS.matcher(program);
        assertThat(className.find()).as("the program declares a public class").isTrue();
        Path source = Files.writeString(directory.resolve(className.group(1) + ".java"), program);

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        testClassPath(),
                        source.toString())
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        Matcher expected = PRINTS.matcher(section);
        assertThat(expected.find())
                .as("the README says what the program prints")
                .isTrue();
        assertThat(output.strip()).isEqualTo(expected.group(1));
    }

    @Test
    void theInstallCommandSkipsTheUnitAndTheIntegrationTests() {
        assertThat(codeBlocks("sh")).contains("mvn -B install -DskipTests -DskipITs\n");
    }

    @Test
    void theCoordinatesImportTheBomAndDependOnThisModuleAtTheProjectsVersion() throws IOException {
        String coordinates = String.join("\n", codeBlocks("xml"));
        String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
        String version = between(bom, "<version>", "</version>");

        assertThat(coordinates)
                .contains("<groupId>visitoridentity</groupId>\n      <artifactId>bom</artifactId>\n      <version>"
                        + version + "</version>\n      <type>pom</type>\n      <scope>import</scope>")
                .contains("<groupId>visitoridentity</groupId>\n    <artifactId>embedded</artifactId>");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<version>" + version + "</version>");
        assertThat(bom).contains("<artifactId>embedded</artifactId>");
    }

    private List<String> codeBlocks(String language) {
        return FENCE.matcher(section)
                .results()
                .filter(fence -> fence.group(1).equals(language))
                .map(fence -> fence.group(2))
                .toList();
    }

    private static String sectionOfReadme(String heading) {
        try {
            String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
            int start = readme.indexOf("\n## " + heading + "\n");
            assertThat(start).as("README.md has a section '" + heading + "'").isNotNegative();
            int end = readme.indexOf("\n## ", start + 1);
            return readme.substring(start, end < 0 ? readme.length() : end + 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Surefire runs the tests from a manifest-only jar; it names the real class path here. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start));
    }
}
