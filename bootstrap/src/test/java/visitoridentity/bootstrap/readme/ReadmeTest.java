package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.config.Setting;

/** The README's commands and tables, held to the build and the code. */
class ReadmeTest {
    private final Readme readme = Readme.ofProject();

    @Test
    void itsFirstCommandBuildsTheRunnableJarAndStartsIt() throws IOException {
        String command = readme.codeBlocks("sh").get(0);

        assertThat(command)
                .isEqualTo("mvn -B -q package -DskipTests && java -jar bootstrap/target/visitor-identity.jar\n");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>visitor-identity</finalName>");
    }

    @Test
    void itsTestCommandIsTheOneCiRuns() throws IOException {
        String command = readme.section("Run all tests").codeBlock("sh");
        List<String> ci = Files.readAllLines(Path.of("..", ".ci", "run"));

        assertThat(command).isEqualTo("mvn -B verify\n");
        assertThat(ci.get(ci.size() - 1)).isEqualTo("mvn -B verify");
    }

    @Test
    void theConfigurationTableDescribesEverySettingAsTheCodeDoes() {
        String table = readme.section("Configuration").text();

        for (Setting setting : Setting.values()) {
            assertThat(table)
                    .contains("| `" + setting.key() + "` | " + setting.defaultValue() + " | " + setting.description()
                            + " |");
        }
    }
}
