package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.Executables;

/**
 * Each vendor's backend snippet in docs/dialects.md, run as printed (Node.js as CommonJS, Python)
 * with a known secret: it must print the signature the dialect verifies for its example user, or,
 * for a JWT (Intercom, Zendesk), a token that nimbus verifies with that secret and whose header and
 * claims are the dialect's. In CI (CI=true) a missing interpreter fails the test; elsewhere it skips it.
 */
class DialectSnippetsTest {
    private static final String SECRET = "whsec_test_2f8e52a1";
    /** HS256 needs a key of at least 256 bits: the JWT snippets sign with a secret as long as a generated one. */
    private static final String JWT_SECRET = "whsec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static final String KID = "key-7";
    private static final String DOC = "docs/dialects.md";

    @TempDir
    Path directory;

    /** A snippet and what it must print: {@code expected} exactly, or a JWT with {@code claims}. */
    record Snippet(String section, String fence, int index, String expected, Map<String, Object> claims) {
        Snippet(String section, String fence, int index, String expected) {
            this(section, fence, index, expected, Map.of());
        }

        static Snippet jwt(String section, String fence, Map<String, Object> claims) {
            return new Snippet(section, fence, 0, "", claims);
        }

        boolean printsJwt() {
            return !claims.isEmpty();
        }

        @Override
        public String toString() {
            return section + " " + fence + " #" + index;
        }
    }

    private static final Map<String, Object> INTERCOM_CLAIMS =
            Map.of("user_id", "user_123", "email", "jane@example.com");
    private static final Map<String, Object> ZENDESK_CLAIMS = Map.of(
            "scope",
            "user",
            "external_id",
            "user_123",
            "name",
            "Jane Soap",
            "email",
            "jane@example.com",
            "email_verified",
            true);

    static Stream<Snippet> snippets() {
        String repai = TestHmac.hex(SECRET, "{\"id\":\"123\",\"email\":\"jessie@example.com\"}");
        String userId = TestHmac.hex(SECRET, "user_123");
        String anonymousId = TestHmac.hex(SECRET, "anon_3");
        return Stream.of(
                new Snippet("Rep.ai", "python", 0, repai),
                new Snippet("Rep.ai", "js", 0, repai),
                new Snippet("Chatbase", "js", 0, userId),
                new Snippet("Nexvio", "js", 0, userId),
                new Snippet(
                        "botBrains",
                        "js",
                        0,
                        String.join(
                                " ",
                                TestHmac.hex(SECRET, "user_01234567890"),
                                TestHmac.hex(SECRET, "liam@example.com"),
                                TestHmac.hex(SECRET, "+4915168433056"))),
                new Snippet("Chat SDK", "js", 0, anonymousId),
                new Snippet("Chat SDK", "python", 0, anonymousId),
                Snippet.jwt("Intercom", "js", INTERCOM_CLAIMS),
                Snippet.jwt("Intercom", "python", INTERCOM_CLAIMS),
                Snippet.jwt("Zendesk", "js", ZENDESK_CLAIMS),
                Snippet.jwt("Zendesk", "python", ZENDESK_CLAIMS));
    }

    @Test
    void everyBackendSnippetOfThePageIsRunHere() {
        Readme page = Readme.ofProjectFile(DOC);
        long blocks = page.codeBlocks("js").size() + page.codeBlocks("python").size();

        assertThat(snippets()).hasSize((int) blocks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void theSnippetPrintsTheSignatureTheDialectVerifies(Snippet snippet) throws IOException, InterruptedException {
        String interpreter = snippet.fence().equals("js") ? "node" : "python3";
        requireInterpreter(interpreter);
        String code = Readme.ofProjectFile(DOC)
                .section(snippet.section())
                .codeBlocks(snippet.fence())
                .get(snippet.index());
        // A plain .js file with no package.json around it: Node.js runs it as CommonJS.
        Path file = Files.writeString(
                directory.resolve(snippet.fence().equals("js") ? "sign.js" : "sign.py"), code, StandardCharsets.UTF_8);
        ProcessBuilder builder =
                new ProcessBuilder(List.of(interpreter, file.toString())).directory(directory.toFile());
        builder.environment().put("VISITOR_IDENTITY_SIGNING_SECRET", snippet.printsJwt() ? JWT_SECRET : SECRET);
        builder.environment().put("VISITOR_IDENTITY_SIGNING_KEY_ID", KID);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        if (snippet.printsJwt()) {
            assertIsTheDialectsJwt(output.strip(), snippet.claims());
        } else {
            assertThat(output.strip()).isEqualTo(snippet.expected());
        }
    }

    /** HS256 with the kid, verified by nimbus with the secret, expiring within the hour, with the claims. */
    private static void assertIsTheDialectsJwt(String token, Map<String, Object> claims) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
            assertThat(jwt.getHeader().getKeyID()).isEqualTo(KID);
            assertThat(jwt.verify(new MACVerifier(JWT_SECRET.getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
            Map<String, Object> printed = jwt.getJWTClaimsSet().getClaims();
            claims.forEach((name, value) -> assertThat(printed).containsEntry(name, value));
            assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                    .isBetween(Instant.now(), Instant.now().plus(Duration.ofHours(1)));
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not an HS256 JWT: " + e.getMessage(), e);
        }
    }

    private static void requireInterpreter(String command) {
        boolean present = Executables.installed(command);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(command + " is not installed; .ci/run installs it");
        }
        assumeTrue(present, command + " is not installed");
    }
}
