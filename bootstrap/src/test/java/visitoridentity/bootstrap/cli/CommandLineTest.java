package visitoridentity.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.server.Server;

class CommandLineTest {
    private static final String TEST_VECTOR_SECRET = "whsec_test_2f8e52a1";
    private static final String TEST_VECTOR_USER_123 =
            "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2";
    private static final String TEST_VECTOR_JANE = "bb414211fec7cc5fe3b0bed27cb3a0759735b2472393cbc7fdfb34891b4377e7";

    private static final String ROOT_TOKEN = "root-token-of-the-command-line-tests-0123456789";

    @TempDir
    Path dataDirectory;

    @Test
    void signWithASecretPrintsTheNativeSignaturesWithoutADatabase() {
        Run run =
                run("sign", "--secret", TEST_VECTOR_SECRET, "--external-id", "user_123", "--email", "jane@example.com");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("externalId   " + TEST_VECTOR_USER_123 + "\n" + "email        " + TEST_VECTOR_JANE + "\n");
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void signNeedsAClaim() {
        Run run = run("sign", "--secret", TEST_VECTOR_SECRET);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give at least one of --external-id, --email, --phone, --anonymous-id");
    }

    @Test
    void signNeedsAWorkspaceOrASecret() {
        Run run = run("sign", "--external-id", "user_123");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--workspace").contains("--secret");
    }

    @Test
    void aCreatedWorkspaceCanBeShownAndSignsWithItsSecret() {
        Run created = run("workspace", "create", "--name", "Shop", "--verification", "required");
        String workspaceId = find("Created workspace (ws_\\w+)", created.out());
        String secret = find("signing secret +(whsec_[0-9a-f]{64})", created.out());

        Run shown = run("workspace", "show", workspaceId);
        Run signed = run("sign", "--workspace", workspaceId, "--external-id", "user_123");

        assertThat(created.out()).containsPattern("admin key +vik_[0-9a-f]{64}");
        assertThat(shown.out()).contains("name            Shop").contains("verification    required");
        assertThat(shown.out()).doesNotContain(secret);
        assertThat(signed.out()).isEqualTo("externalId   " + TestHmac.hex(secret, "user_123") + "\n");
    }

    @Test
    void signTokenPrintsAnIdentityTokenOfTheWorkspacesActiveKey() throws Exception {
        Run created = run("workspace", "create", "--name", "Shop", "--verification", "required");
        String workspaceId = find("Created workspace (ws_\\w+)", created.out());
        String secret = find("signing secret +(whsec_[0-9a-f]{64})", created.out());

        Run signed =
                run("sign", "--token", "--workspace", workspaceId, "--external-id", "user_123", "--ttl-seconds", "60");

        assertThat(signed.status()).as(signed.err()).isZero();
        SignedJWT token = SignedJWT.parse(find("identityToken +(\\S+)", signed.out()));
        assertThat(token.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("user_123");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(workspaceId);
    }

    @Test
    void signTokenWithASecretNeedsTheAudience() {
        String secret = "whsec_" + "0123456789abcdef".repeat(4);

        Run withoutAudience = run("sign", "--token", "--secret", secret, "--external-id", "user_123");
        Run withAudience =
                run("sign", "--token", "--secret", secret, "--audience", "ws_shop", "--external-id", "user_123");

        assertThat(withoutAudience.status()).isNotZero();
        assertThat(withoutAudience.err()).contains("--audience");
        assertThat(withAudience.status()).isZero();
        assertThat(withAudience.out()).startsWith("identityToken  ey");
    }

    @Test
    void rotatingTheKeyPrintsTheNewSecretWhichThenSigns() {
        String workspaceId = find(
                "Created workspace (ws_\\w+)",
                run("workspace", "create", "--name", "Shop").out());

        Run rotated = run("workspace", "rotate-key", workspaceId, "--grace-seconds", "60");
        String newSecret = find("New signing secret \\(shown this once\\): (whsec_[0-9a-f]{64})", rotated.out());
        Run signed = run("sign", "--workspace", workspaceId, "--external-id", "u");

        assertThat(rotated.out()).contains("The previous key keeps verifying until");
        assertThat(signed.out()).contains(TestHmac.hex(newSecret, "u"));
    }

    @Test
    void migrateBringsTheSchemaUpToDate() {
        Run run = run("migrate");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("The database schema is up to date.");
        assertThat(dataDirectory.resolve("visitor-identity.mv.db")).exists();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aConfigurationFileGivenWithConfigIsReadBeforeOrAfterTheCommand(
            boolean beforeTheCommand, @TempDir Path elsewhere) throws IOException {
        Path file = Files.writeString(
                elsewhere.resolve("server.properties"), "VISITOR_IDENTITY_DATA_DIR=" + elsewhere.resolve("db") + "\n");
        CommandLine commandLine = VisitorIdentityCommand.commandLine(Map.of());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int status = beforeTheCommand
                ? commandLine.execute("--config", file.toString(), "migrate")
                : commandLine.execute("migrate", "--config", file.toString());

        assertThat(status).isZero();
        assertThat(elsewhere.resolve("db").resolve("visitor-identity.mv.db")).exists();
    }

    @Test
    void anUnknownWorkspaceIsOneReadableLineAndStatus1() {
        Run run = run("workspace", "show", "ws_missing");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: no workspace ws_missing\n");
    }

    @Test
    void anInvalidConfigurationNamesTheVariableAndExitsWith1() {
        Run run = run(Map.of("VISITOR_IDENTITY_PORT", "http"), "migrate");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("VISITOR_IDENTITY_PORT must be a port number")
                .doesNotContain("Exception");
    }

    @Test
    void anUnreachableDatabaseIsOneReadableLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run(
                Map.of(
                        "VISITOR_IDENTITY_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing",
                        "VISITOR_IDENTITY_SECRETS_KEY",
                        "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4="),
                "migrate");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: the database cannot be used: ").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void workspaceListPrintsEveryWorkspaceFromTheDatabase() {
        String shop = find(
                "Created workspace (ws_\\w+)",
                run("workspace", "create", "--name", "Shop").out());
        String blog = find(
                "Created workspace (ws_\\w+)",
                run("workspace", "create", "--name", "Blog", "--verification", "required")
                        .out());

        Run listed = run("workspace", "list");

        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out().lines())
                .anySatisfy(line ->
                        assertThat(line).startsWith(shop).contains("disabled").endsWith("Shop"))
                .anySatisfy(line ->
                        assertThat(line).startsWith(blog).contains("required").endsWith("Blog"));
    }

    @Test
    void besideARunningServerEveryAdministrationCommandGoesThroughItsHttpApi() throws Exception {
        Server server = startServer();
        try {
            String url = "http://localhost:" + server.port();
            Map<String, String> root = Map.of(ServerOption.TOKEN_VARIABLE, ROOT_TOKEN);

            Run created = run(root, "workspace", "create", "--name", "Shop", "--server", url);
            String workspaceId = find("Created workspace (ws_\\w+)", created.out());
            Run listed = run(root, "workspace", "list", "--server", url);
            Run shown = run(root, "workspace", "show", workspaceId, "--server", url);
            Run rotated = run(root, "workspace", "rotate-key", workspaceId, "--grace-seconds", "0", "--server", url);
            String newSecret = find("New signing secret \\(shown this once\\): (whsec_[0-9a-f]{64})", rotated.out());
            Run signed = run(root, "sign", "--workspace", workspaceId, "--external-id", "u", "--server", url);
            Run minted =
                    run(root, "sign", "--token", "--workspace", workspaceId, "--external-id", "u", "--server", url);

            assertThat(created.status()).as(created.err()).isZero();
            assertThat(created.out())
                    .containsPattern("signing secret +whsec_[0-9a-f]{64}")
                    .containsPattern("admin key +vik_[0-9a-f]{64}")
                    .containsPattern("created +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z");
            assertThat(listed.out()).contains(workspaceId).contains("Shop");
            assertThat(shown.out()).contains("name            Shop").contains("verification    disabled");
            assertThat(rotated.out()).contains("The previous key keeps verifying until");
            assertThat(signed.out()).isEqualTo("externalId   " + TestHmac.hex(newSecret, "u") + "\n");
            assertThat(minted.status()).as(minted.err()).isZero();
            SignedJWT token = SignedJWT.parse(find("identityToken +(\\S+)", minted.out()));
            assertThat(token.verify(new MACVerifier(newSecret.getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
            assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("u");
        } finally {
            server.stop();
        }
    }

    @Test
    void aWorkspaceAdminKeyReachesItsOwnWorkspaceAndTheServersRefusalIsOneLine() {
        Server server = startServer();
        try {
            String url = "http://localhost:" + server.port();
            Run created = run(
                    Map.of(ServerOption.TOKEN_VARIABLE, ROOT_TOKEN),
                    "workspace",
                    "create",
                    "--name",
                    "Shop",
                    "--server",
                    url);
            String workspaceId = find("Created workspace (ws_\\w+)", created.out());
            String adminKey = find("admin key +(vik_[0-9a-f]{64})", created.out());

            Run shown = run("workspace", "show", workspaceId, "--server", url, "--admin-token", adminKey);
            Run listed = run("workspace", "list", "--server", url, "--admin-token", adminKey);
            Run wrong = run(
                    Map.of(ServerOption.TOKEN_VARIABLE, "not-the-root-token"), "workspace", "list", "--server", url);

            assertThat(shown.out()).contains("name            Shop");
            assertThat(listed.status()).isEqualTo(1);
            assertThat(listed.err()).startsWith("error: the server answered 401 unauthorized: ");
            assertThat(listed.err().lines()).hasSize(1);
            assertThat(wrong.err()).startsWith("error: the server answered 401 unauthorized: ");
            assertThat(wrong.err()).doesNotContain("not-the-root-token");
        } finally {
            server.stop();
        }
    }

    @Test
    void serverWithoutATokenIsAUsageError() {
        Run run = run("workspace", "list", "--server", "http://localhost:8080");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("VISITOR_IDENTITY_ADMIN_TOKEN");
    }

    @Test
    void aServerThatDoesNotAnswerIsOneReadableLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run(
                Map.of(ServerOption.TOKEN_VARIABLE, ROOT_TOKEN),
                "workspace",
                "list",
                "--server",
                "http://127.0.0.1:" + closedPort);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no answer from http://127.0.0.1:" + closedPort);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("serve")
                .contains("migrate")
                .contains("workspace")
                .contains("sign");
    }

    /** A server on the test's H2 data directory, which it holds while it runs, with the root token configured. */
    private Server startServer() {
        return Server.start(
                ServerConfiguration.of(Map.of(
                        "VISITOR_IDENTITY_DATA_DIR",
                        dataDirectory.toString(),
                        "VISITOR_IDENTITY_PORT",
                        "0",
                        "VISITOR_IDENTITY_ADMIN_TOKEN",
                        ROOT_TOKEN)),
                new PrintWriter(new StringWriter(), true));
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> environment, String... args) {
        Map<String, String> withDataDirectory = new java.util.HashMap<>(environment);
        withDataDirectory.put("VISITOR_IDENTITY_DATA_DIR", dataDirectory.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = VisitorIdentityCommand.commandLine(withDataDirectory);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", regex, text).isTrue();
        return matcher.group(1);
    }

    private record Run(int status, String out, String err) {}
}
