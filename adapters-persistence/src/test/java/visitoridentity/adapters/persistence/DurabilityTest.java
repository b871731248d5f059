package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import visitoridentity.domain.visitor.Visitor;

/**
 * An acknowledged write survives {@code kill -9}: a child JVM writes to an H2 file database and
 * acknowledges each commit; it is killed with SIGKILL right after the acknowledgements are read,
 * and the reopened database holds every write it acknowledged.
 */
class DurabilityTest {
    private static final int ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 300;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "a forcible destroy is SIGKILL on Linux and macOS only")
    void everyAcknowledgedWriteSurvivesAKillOfTheProcess() throws Exception {
        Path directory = H2Files.newDirectory("durability");
        List<Integer> started = new ArrayList<>();
        List<Integer> added = new ArrayList<>();

        Process writer = startWriter(directory);
        try (BufferedReader acknowledgements =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            while (started.size() + added.size() < ACKNOWLEDGEMENTS_BEFORE_THE_KILL) {
                String line = acknowledgements.readLine();
                assertThat(line)
                        .as("the writer stopped before it was killed; its log: %s", Files.readString(log(directory)))
                        .isNotNull();
                record(line, started, added);
            }
            // SIGKILL through the process handle, which (unlike Process.destroyForcibly) leaves our
            // end of the pipe open: what it still holds was acknowledged before the kill too.
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (String line = acknowledgements.readLine(); line != null; line = acknowledgements.readLine()) {
                record(line, started, added);
            }
        } finally {
            writer.destroyForcibly();
        }

        try (JdbiPersistence reopened = H2Files.open(directory)) {
            for (int n : started) {
                assertThat(reopened.visitors().findById(DurableWriter.WORKSPACE, DurableWriter.visitorId(n)))
                        .as("visitor v_%d was acknowledged", n)
                        .isPresent();
            }
            Visitor first = reopened.visitors()
                    .findById(DurableWriter.WORKSPACE, DurableWriter.FIRST_VISITOR)
                    .orElseThrow();
            assertThat(first.metadata().object().members().keySet())
                    .containsAll(added.stream().map(n -> "k" + n).toList());
        }
    }

    private static Process startWriter(Path directory) throws Exception {
        Files.createDirectories(directory);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DurableWriter.class.getName(),
                        directory.toString())
                .redirectError(log(directory).toFile())
                .start();
    }

    private static Path log(Path directory) {
        return directory.resolve("writer.log");
    }

    private static void record(String line, List<Integer> started, List<Integer> added) {
        if (line.startsWith("started ")) {
            started.add(Integer.parseInt(line.substring("started ".length())));
        } else if (line.startsWith("added ")) {
            added.add(Integer.parseInt(line.substring("added ".length())));
        }
    }
}
