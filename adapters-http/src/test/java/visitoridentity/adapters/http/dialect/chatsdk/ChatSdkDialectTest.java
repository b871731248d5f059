package visitoridentity.adapters.http.dialect.chatsdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.adapters.http.TestWorkspace;

/** The chat SDK's identify over HTTP: one hmac over the anonymous id, the SDK's result shape and errors. */
class ChatSdkDialectTest {
    private static final String WRONG_HMAC = "0".repeat(64);
    private static final String CLAIMS =
            "\"name\":\"Jane Doe\",\"email\":\"jane@example.com\",\"externalId\":\"user_123\"";

    private final TestServer server =
            TestServer.builder().dialect(new ChatSdkDialect()).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply identify(TestWorkspace workspace, Session session, String json) {
        return workspace.post("chatsdk", "/identify", session, json);
    }

    @Test
    void anHmacOfTheAnonymousIdProvesTheDeviceButNoneOfItsClaims() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(
                workspace, session, "{" + CLAIMS + ",\"hmac\":\"" + workspace.sign(session.anonymousId()) + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
        JsonNode trust = workspace.me(session).path("claimTrust");
        assertThat(trust.path("externalId").asText()).isEqualTo("unverified");
        assertThat(trust.path("email").asText()).isEqualTo("unverified");
    }

    @Test
    void theAnswerIsTheSdksIdentityResult() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{" + CLAIMS + ",\"metadata\":{\"plan\":\"premium\"}}");

        JsonNode result = reply.json();
        List<String> names = new ArrayList<>();
        result.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactly("id", "anonymousUserId", "externalId", "email", "name", "metadata", "hmacVerified");
        assertThat(result.path("id").asText())
                .isEqualTo(workspace.me(session).path("id").asText());
        assertThat(result.path("anonymousUserId").asText()).isEqualTo(session.anonymousId());
        assertThat(result.path("externalId").asText()).isEqualTo("user_123");
        assertThat(result.path("email").asText()).isEqualTo("jane@example.com");
        assertThat(result.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(result.path("metadata").toString()).isEqualTo("{\"plan\":\"premium\"}");
        assertThat(result.path("hmacVerified").asBoolean()).isFalse();
    }

    @Test
    void aWrongHmacIsIgnoredInDisabledMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{" + CLAIMS + ",\"hmac\":\"" + WRONG_HMAC + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("hmacVerified").asBoolean()).isFalse();
        assertThat(workspace.me(session).path("claimTrust").path("externalId").asText())
                .isEqualTo("trusted");
    }

    @Test
    void aWrongHmacLeavesEveryClaimUnverifiedInOptionalMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "optional");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{" + CLAIMS + ",\"hmac\":\"" + WRONG_HMAC + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("hmacVerified").asBoolean()).isFalse();
        assertThat(reply.json().path("externalId").asText()).isEqualTo("user_123");
        JsonNode trust = workspace.me(session).path("claimTrust");
        assertThat(trust.path("externalId").asText()).isEqualTo("unverified");
        assertThat(trust.path("email").asText()).isEqualTo("unverified");
        assertThat(workspace.context(session).path("externalId").isNull()).isTrue();
    }

    @Test
    void aWrongHmacIsRefusedInRequiredModeAsHmacVerificationFailed() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{" + CLAIMS + ",\"hmac\":\"" + WRONG_HMAC + "\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-invalid");
        assertThat(reply.text("detail")).isEqualTo("HMAC verification failed");
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
        assertThat(workspace.me(session).path("name").isNull()).isTrue();
    }

    @Test
    void anHmacOfAnotherAnonymousIdIsRefusedInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session other = workspace.session();

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{" + CLAIMS + ",\"hmac\":\"" + workspace.sign(other.anonymousId()) + "\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-invalid");
    }

    @Test
    void anUnsignedCallIsRefusedInRequiredModeEvenWhenItClaimsNothing() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{\"metadata\":{\"plan\":\"premium\"}}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-required");
        assertThat(reply.text("detail")).isEqualTo("HMAC verification failed");
        assertThat(workspace.me(session).path("metadata").size()).isZero();
    }

    @Test
    void aMissingOrWrongVisitorTokenIsSdkNotInitialized() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        String identify = workspace.compat("chatsdk", "/identify");

        Reply missing = server.post(identify, null, "{" + CLAIMS + "}");
        Reply wrong = server.post(identify, "vt_not_a_token", "{" + CLAIMS + "}");

        for (Reply reply : List.of(missing, wrong)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.problemCode()).isEqualTo("unauthorized");
            assertThat(reply.text("detail")).isEqualTo("SDK not initialized");
            assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
        }
    }

    @Test
    void metadataMergesWithinTheWorkspacesLimit() {
        TestWorkspace workspace = TestWorkspace.withSettings(
                server,
                "{\"name\":\"Shop\",\"metadataLimit\":{\"max\":30,\"unit\":\"bytes\",\"overflow\":\"reject\"}}");
        Session session = workspace.session();
        identify(workspace, session, "{\"metadata\":{\"plan\":\"premium\"}}");

        Reply merged = identify(workspace, session, "{\"metadata\":{\"seats\":3}}");
        Reply over = identify(workspace, session, "{\"metadata\":{\"notes\":\"too long for thirty bytes\"}}");

        assertThat(merged.json().path("metadata").toString()).isEqualTo("{\"plan\":\"premium\",\"seats\":3}");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.problemCode()).isEqualTo("metadata-too-large");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"name\":5}", "invalid-json", "name"),
                Arguments.of("{\"externalId\":[\"user_123\"]}", "invalid-json", "externalId"),
                Arguments.of("{\"hmac\":5}", "invalid-json", "hmac"),
                Arguments.of("{\"metadata\":\"plan\"}", "invalid-json", "metadata"),
                Arguments.of("{\"email\":\"jane\"}", "invalid-field", "email"),
                Arguments.of("{\"metadata\":{\"\":1}}", "invalid-field", "metadata"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsAProblemNamingTheSdksFieldAndChangesNothing(String body, String code, String field) {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo(code);
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(workspace.me(session).path("metadata").size()).isZero();
    }
}
