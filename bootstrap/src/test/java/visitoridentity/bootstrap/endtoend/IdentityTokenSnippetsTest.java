package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import visitoridentity.bootstrap.Executables;
import visitoridentity.bootstrap.endtoend.Site.Browser;
import visitoridentity.bootstrap.readme.Readme;

/**
 * Each backend snippet of docs/identity-tokens.md, run as printed by its interpreter with the
 * library it names (the Debian packages node-jose, python3-jwt, ruby-jwt and
 * golang-github-golang-jwt-jwt-dev; nimbus from the test's class path; PHP's standard library): the
 * token it prints must identify a visitor, verified, in a REQUIRED workspace of a running server.
 * Under CI=true a missing interpreter or library that .ci/run installs fails the test; elsewhere the
 * test is skipped with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityTokenSnippetsTest {
    private static final String DOC = "docs/identity-tokens.md";
    private static final String DEBIAN_NODE_MODULES = "/usr/share/nodejs";
    private static final String DEBIAN_GO_JWT = "/usr/share/gocode/src/github.com/golang-jwt/jwt";

    @TempDir
    Path directory;

    private TestServer server;
    private Site site;

    @BeforeAll
    void start() {
        server = TestServer.start();
        site = server.newSite("required");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    enum Language {
        NODE("js", "token.js", true),
        PYTHON("python", "mint_token.py", true),
        RUBY("ruby", "token.rb", true),
        JAVA("java", "Token.java", true),
        GO("go", "token.go", true),
        PHP("php", "token.php", true);

        final String fence;
        final String fileName;
        final boolean installedByCi;

        Language(String fence, String fileName, boolean installedByCi) {
            this.fence = fence;
            this.fileName = fileName;
            this.installedByCi = installedByCi;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSnippetsTokenIdentifiesAVisitorVerified(Language language) throws IOException, InterruptedException {
        String snippet = Readme.ofProjectFile(DOC)
                .section("Minting a token on your backend")
                .codeBlock(language.fence);
        Path file = Files.writeString(directory.resolve(language.fileName), snippet, StandardCharsets.UTF_8);
        List<String> command = command(language, file);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("VISITOR_IDENTITY_SIGNING_SECRET", site.signingSecret);
        environment.put("VISITOR_IDENTITY_SIGNING_KEY_ID", "key-1");
        environment.put("VISITOR_IDENTITY_WORKSPACE_ID", site.id);
        environment.put("NODE_PATH", DEBIAN_NODE_MODULES);
        environment.put("GOCACHE", directory.resolve("go-cache").toString());
        environment.put("GOFLAGS", "-mod=mod");
        environment.put("GOPROXY", "off");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(language + " exit status").isZero();

        Browser browser = site.newBrowser();
        Response identified = site.identify(browser, json("identityToken", output.strip()));
        assertThat(identified.status()).as("%s", identified).isEqualTo(200);
        assertThat(identified.text("/externalId")).isEqualTo("user_123");
        assertThat(identified.text("/claimTrust/externalId")).isEqualTo("verified");
        assertThat(identified.text("/claimTrust/email")).isEqualTo("verified");
    }

    private List<String> command(Language language, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        switch (language) {
            case NODE -> {
                require(language, "node", Files.isDirectory(Path.of(DEBIAN_NODE_MODULES, "jose")), "node-jose");
                command.add("node");
            }
            case PYTHON -> {
                String python = pythonWithPyJwt();
                require(language, "python3", python != null, "python3-jwt");
                command.add(python);
            }
            case RUBY -> {
                require(language, "ruby", succeeds("ruby", "-e", "require 'jwt'"), "ruby-jwt");
                command.add("ruby");
            }
            case JAVA -> {
                command.add(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.add("-cp");
                command.add(System.getProperty("java.class.path"));
            }
            case GO -> {
                require(language, "go", Files.isDirectory(Path.of(DEBIAN_GO_JWT)), "golang-github-golang-jwt-jwt-dev");
                // The Debian package's source stands in for the module: no module proxy is reached.
                Files.writeString(
                        directory.resolve("go.mod"),
                        "module token\n\ngo 1.19\n\nrequire github.com/golang-jwt/jwt/v4 v4.4.3\n\n"
                                + "replace github.com/golang-jwt/jwt/v4 => " + DEBIAN_GO_JWT + "\n");
                command.add("go");
                command.add("run");
            }
            case PHP -> {
                require(language, "php", true, "php-cli");
                command.add("php");
            }
        }
        command.add(file.toString());
        return command;
    }

    /** Python 3 with PyJWT: the one on the PATH, or Debian's, which python3-jwt installs into. */
    private static String pythonWithPyJwt() throws IOException, InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if ((python.startsWith("/") ? Files.isExecutable(Path.of(python)) : Executables.installed(python))
                    && succeeds(python, "-c", "import jwt")) {
                return python;
            }
        }
        return null;
    }

    private static boolean succeeds(String... command) throws IOException, InterruptedException {
        if (!Executables.installed(command[0]) && !Files.isExecutable(Path.of(command[0]))) {
            return false;
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static void require(Language language, String interpreter, boolean libraryPresent, String debianPackage) {
        boolean present = Executables.installed(interpreter) && libraryPresent;
        if (!present && language.installedByCi && "true".equals(System.getenv("CI"))) {
            fail(interpreter + " with the Debian package " + debianPackage + " is not installed; .ci/run installs it");
        }
        assumeTrue(present, interpreter + " with the Debian package " + debianPackage + " is not installed");
    }
}
