package visitoridentity.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a newcomer runs it: {@code java -jar} in an empty directory, the printed
 * quickstart pasted into a shell, then SIGTERM. Runs after {@code package}, as a failsafe test.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of("target", "visitor-identity.jar").toAbsolutePath();
    private static final Pattern URL = Pattern.compile("running at (http://localhost:\\d+)");
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(15);
    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/visitor_identity_test";

    @TempDir
    Path workingDirectory;

    @Test
    void aFreshStartAnswersTheQuickstartAsPrintedAndStopsGracefullyOnSigterm() throws Exception {
        long launched = System.nanoTime();
        Process server = java(Map.of("VISITOR_IDENTITY_PORT", "0"), List.of());
        try (BufferedReader console =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String welcome = readUntilQuickstartEnds(console);
            Duration startup = Duration.ofNanos(System.nanoTime() - launched);
            System.out.println("java -jar to listening with a demo workspace: " + startup.toMillis() + " ms");
            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> readAll(console));

            String answer = bash(welcome.substring(welcome.indexOf("BASE=")));
            // SIGTERM through the handle: Process.destroy() would also close the console we read.
            server.toHandle().destroy();

            assertThat(startup).isLessThan(STARTUP_LIMIT);
            assertThat(answer).contains("\"hmacVerified\":true").contains("\"externalId\":\"user_123\"");
            assertThat(server.waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isEqualTo(143);
            assertThat(rest.get(5, TimeUnit.SECONDS)).contains("Stopped");
            assertThat(workingDirectory.resolve("data").resolve("visitor-identity.mv.db"))
                    .exists();
        } finally {
            server.destroyForcibly();
        }
    }

    /** H2 opens a database file in one process only: the command says so, changes nothing, leaves no trace file. */
    @Test
    void aCommandBesideARunningServerOnH2SaysTheDatabaseIsInUseAndLeavesNoTraceFile() throws Exception {
        Process server = java(Map.of("VISITOR_IDENTITY_PORT", "0"), List.of());
        // Not closed here: a close would wait for the reader below, which ends when the server does.
        BufferedReader console =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        try {
            readUntilQuickstartEnds(console);
            CompletableFuture.runAsync(() -> readAll(console));

            Process show = java(Map.of(), List.of("workspace", "show", "ws_anything"));
            String output =
                    readAll(new BufferedReader(new InputStreamReader(show.getInputStream(), StandardCharsets.UTF_8)));

            assertThat(show.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(show.exitValue()).as(output).isEqualTo(1);
            assertThat(output)
                    .contains("error: the H2 database is in use by a running server")
                    .contains("--server");
            assertThat(workingDirectory.resolve("data").toFile().list()).noneMatch(file -> file.endsWith(".trace.db"));
        } finally {
            server.toHandle().destroy();
            server.waitFor(40, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    @Test
    void signWithASecretNeedsNoDatabase() throws Exception {
        Process sign = java(Map.of(), List.of("sign", "--secret", "whsec_test_2f8e52a1", "--external-id", "user_123"));

        String output =
                readAll(new BufferedReader(new InputStreamReader(sign.getInputStream(), StandardCharsets.UTF_8)));

        assertThat(sign.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sign.exitValue()).isZero();
        assertThat(output).isEqualTo("externalId   30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2\n");
        assertThat(workingDirectory).isEmptyDirectory();
    }

    /**
     * The shaded jar keeps Flyway's PostgreSQL support, which lives in a plugin found through
     * META-INF/services. Runs on the PostgreSQL of the persistence tests, in a schema of its own;
     * skipped when that is not reachable, except under CI=true.
     */
    @Test
    void migratesPostgreSql() throws Exception {
        String url = System.getenv().getOrDefault("VISITOR_IDENTITY_TEST_PG_URL", DEFAULT_PG_URL);
        String user = System.getenv().getOrDefault("VISITOR_IDENTITY_TEST_PG_USER", "postgres");
        String schema =
                "jar_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, null)) {
            execute(connection, "CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, so PostgreSQL must be reachable at " + url, unreachable);
            }
            assumeTrue(false, "PostgreSQL is not reachable at " + url);
        }
        try {
            Process migrate = java(
                    Map.of(
                            "VISITOR_IDENTITY_DB_URL",
                            url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                            "VISITOR_IDENTITY_DB_USER",
                            user,
                            "VISITOR_IDENTITY_SECRETS_KEY",
                            "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4="),
                    List.of("migrate"));
            String output = readAll(
                    new BufferedReader(new InputStreamReader(migrate.getInputStream(), StandardCharsets.UTF_8)));

            assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(migrate.exitValue()).as(output).isZero();
            assertThat(output).contains("The database schema is up to date.");
            try (Connection connection = DriverManager.getConnection(url, user, null);
                    PreparedStatement tables = connection.prepareStatement(
                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'visitors'"); ) {
                tables.setString(1, schema);
                try (ResultSet count = tables.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).isEqualTo(1);
                }
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, null)) {
                execute(connection, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Process java(Map<String, String> environment, List<String> arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("VISITOR_IDENTITY_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The console up to the blank line that ends the printed quickstart. */
    private static String readUntilQuickstartEnds(BufferedReader console) throws IOException {
        StringBuilder seen = new StringBuilder();
        boolean inQuickstart = false;
        for (String line = console.readLine(); line != null; line = console.readLine()) {
            seen.append(line).append('\n');
            inQuickstart |= line.startsWith("BASE=");
            if (inQuickstart && line.isEmpty()) {
                Matcher url = URL.matcher(seen);
                assertThat(url.find()).as(seen.toString()).isTrue();
                return seen.toString();
            }
        }
        throw new AssertionError("the server ended before printing a quickstart:\n" + seen);
    }

    private static String bash(String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(output).isZero();
        return output;
    }

    private static String readAll(BufferedReader reader) {
        StringBuilder all = new StringBuilder();
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                all.append(line).append('\n');
            }
        } catch (IOException e) {
            all.append("(console closed: ").append(e.getMessage()).append(")\n");
        }
        return all.toString();
    }
}
