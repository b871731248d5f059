package visitoridentity.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import visitoridentity.bootstrap.readme.Readme;

/**
 * The README's "Running on PostgreSQL" lines, run by bash from the project's root as printed, on
 * the PostgreSQL of the persistence tests. Only what this test owns is replaced: the database
 * server's host and port (from {@code VISITOR_IDENTITY_TEST_PG_URL}), the HTTP port (8080 becomes a
 * free one), and the role and database name ({@code visitor_identity} becomes a fresh name, so
 * concurrent runs never share a role); both are dropped afterwards. Skipped without PostgreSQL,
 * except under CI=true. Runs after {@code package}, as a failsafe test.
 */
class PostgresReadmeIT {
    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/visitor_identity_test";

    @TempDir
    Path directory;

    @Test
    void theSectionCreatesTheRoleAndTheDatabaseStartsTheServerAndCreatesAWorkspace() throws Exception {
        String url = System.getenv().getOrDefault("VISITOR_IDENTITY_TEST_PG_URL", DEFAULT_PG_URL);
        String user = System.getenv().getOrDefault("VISITOR_IDENTITY_TEST_PG_USER", "postgres");
        requirePostgres(url, user);
        URI server = URI.create(url.substring("jdbc:".length()));
        String name = String.format(
                "vi_readme_%s", UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        int httpPort = freePort();
        String printed = Readme.ofProject().section("Running on PostgreSQL").codeBlock("sh");
        String script = printed.replace(
                        "-h localhost", String.format("-h %s -p %d", server.getHost(), server.getPort()))
                .replace("localhost:5432", String.format("%s:%d", server.getHost(), server.getPort()))
                .replaceAll("\\bvisitor_identity\\b", name)
                .replace("8080", Integer.toString(httpPort));
        assertThat(script).doesNotContain("visitor_identity ").contains(name).contains(String.format(":%d/", httpPort));

        ProcessBuilder builder = new ProcessBuilder(
                        "setsid",
                        "bash",
                        "-e",
                        Files.writeString(directory.resolve("postgres.sh"), script)
                                .toString())
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("VISITOR_IDENTITY_"));
        Process shell = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(shell));
        boolean ended;
        try {
            ended = shell.waitFor(120, TimeUnit.SECONDS);
        } finally {
            // The server started in the background holds the output open until it stops.
            stopProcessGroup(shell.pid());
        }
        try {
            String printedByTheLines = output.get(30, TimeUnit.SECONDS);

            assertThat(ended).as(printedByTheLines).isTrue();
            assertThat(shell.exitValue()).as(printedByTheLines).isZero();
            assertThat(printedByTheLines)
                    .contains("\"name\":\"Shop\"")
                    .contains("\"signingSecret\"")
                    .contains("\"adminKey\"");
        } finally {
            dropRoleAndDatabase(url, user, name);
        }
    }

    private static void requirePostgres(String url, String user) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, null)) {
            assertThat(connection.isValid(5)).isTrue();
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                fail(String.format("CI=true, so PostgreSQL must be reachable at %s", url), unreachable);
            }
            assumeTrue(false, String.format("PostgreSQL is not reachable at %s", url));
        }
    }

    /** setsid made the shell the leader of its own process group: the server it started is in it. */
    private static void stopProcessGroup(long leader) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", "--", String.format("-%d", leader))
                .redirectErrorStream(true)
                .start();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    private static void dropRoleAndDatabase(String url, String user, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute(String.format("DROP DATABASE IF EXISTS %s WITH (FORCE)", name));
            statement.execute(String.format("DROP ROLE IF EXISTS %s", name));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return String.format("(output closed: %s)", e.getMessage());
        }
    }
}
