package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A first start with a configured root token prints no secret; the demo's go to a file only this
 * user can read; the data directory, the database and the key are the owner's only; and no signing
 * secret is found in clear in the database files.
 */
class SecretsAtRestTest {
    private static final Pattern SIGNING_SECRET = Pattern.compile("signing secret +(\\S+)");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theConsoleNamesTheDemoSecretsFileAndPrintsNoSecret() {
        assertThat(server.console())
                .contains(server.dataDirectory().resolve("demo-workspace.txt").toString())
                .doesNotContain("whsec_")
                .doesNotContain("vik_")
                .doesNotContain("vir_")
                .doesNotContain(TestServer.ROOT_TOKEN);
    }

    @Test
    void theDemoSecretsFileHoldsTheSecretsForItsOwnerOnly() throws IOException {
        Path file = server.dataDirectory().resolve("demo-workspace.txt");

        assertThat(Files.readString(file)).contains("whsec_").contains("vik_").contains("BASE=");
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void theDataDirectoryAndEveryFileInItAreTheOwnersOnly() throws IOException {
        assertThat(permissions(server.dataDirectory())).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(server.dataDirectory())) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular)
                    .extracting(path -> path.getFileName().toString())
                    .contains("visitor-identity.mv.db", "secrets.key");
            for (Path file : regular) {
                assertThat(permissions(file)).as("%s", file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void noSigningSecretIsInClearInTheDatabaseFiles() throws IOException {
        Matcher demo =
                SIGNING_SECRET.matcher(Files.readString(server.dataDirectory().resolve("demo-workspace.txt")));
        assertThat(demo.find()).isTrue();
        Site site = server.newSite("required"); // committed, so written to the file (WRITE_DELAY=0)

        for (String secret : List.of(demo.group(1), site.signingSecret)) {
            assertThat(databaseFilesContaining(secret)).as(secret).isEmpty();
        }
        assertThat(databaseFilesContaining(site.id)).isNotEmpty(); // the grep sees what is in clear
    }

    private static List<Path> databaseFilesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.list(server.dataDirectory())) {
            return files.filter(file -> file.getFileName().toString().startsWith("visitor-identity"))
                    .filter(file -> new String(read(file), StandardCharsets.ISO_8859_1).contains(text))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
