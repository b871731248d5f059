package visitoridentity.adapters.http.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.adapters.http.TestWorkspace;

/**
 * What Chatbase and Nexvio both promise, over HTTP: {@code {user_id, user_hash, user_metadata}},
 * the hash a PlainValue HMAC of the user id, a mismatch that keeps the call but strips the id from
 * the action context, and metadata replaced within 1000 characters, truncated. Each dialect's test
 * runs it against its own mount.
 */
public abstract class UserHashDialectContract {
    private static final String WRONG_HASH = "0".repeat(64);

    private TestServer server;

    protected abstract Dialect dialect();

    @BeforeEach
    void start() {
        server = TestServer.builder().dialect(dialect()).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply identify(TestWorkspace workspace, Session session, String json) {
        return workspace.post(dialect().name(), "/identify", session, json);
    }

    private JsonNode actionContext(TestWorkspace workspace, Session session) {
        Reply reply = workspace.get(dialect().name(), "/action-context", session);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aUserHashMadeWithTheSecretVerifiesTheUserId() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(
                workspace, session, "{\"user_id\":\"user_123\",\"user_hash\":\"" + workspace.sign("user_123") + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
        assertThat(actionContext(workspace, session).path("user_id").asText()).isEqualTo("user_123");
    }

    @Test
    void aMismatchedHashIsIgnoredInDisabledModeSoTheUserIdIsTrusted() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, "{\"user_id\":\"user_123\",\"user_hash\":\"" + WRONG_HASH + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("trusted");
        assertThat(actionContext(workspace, session).path("user_id").asText()).isEqualTo("user_123");
    }

    @Test
    void aMismatchedHashKeepsTheCallButStripsTheUserIdFromTheActionContextInOptionalMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "optional");
        Session session = workspace.session();

        Reply reply = identify(
                workspace,
                session,
                "{\"user_id\":\"user_123\",\"user_hash\":\"" + WRONG_HASH + "\",\"user_metadata\":{\"plan\":\"pro\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("user_123");
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("unverified");
        assertThat(actionContext(workspace, session).toString())
                .isEqualTo("{\"user_id\":null,\"user_metadata\":{\"plan\":\"pro\"}}");
    }

    @Test
    void aMismatchedHashIsRefusedInRequiredModeAndChangesNothing() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(
                workspace,
                session,
                "{\"user_id\":\"user_123\",\"user_hash\":\"" + WRONG_HASH + "\",\"user_metadata\":{\"plan\":\"pro\"}}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-invalid");
        assertThat(actionContext(workspace, session).toString()).isEqualTo("{\"user_id\":null,\"user_metadata\":{}}");
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
    }

    @Test
    void aUserIdWithoutItsHashIsRefusedInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(workspace, workspace.session(), "{\"user_id\":\"user_123\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-required");
    }

    @Test
    void userMetadataReplacesThePreviousMetadata() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"user_id\":\"user_123\",\"user_metadata\":{\"plan\":\"pro\",\"seats\":3}}");

        Reply reply =
                identify(workspace, session, "{\"user_id\":\"user_123\",\"user_metadata\":{\"company\":\"Acme\"}}");

        assertThat(reply.json().path("metadata").toString()).isEqualTo("{\"company\":\"Acme\"}");
    }

    @Test
    void absentUserMetadataKeepsTheStoredMetadata() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"user_id\":\"user_123\",\"user_metadata\":{\"plan\":\"pro\"}}");

        Reply reply = identify(workspace, session, "{\"user_id\":\"user_123\"}");

        assertThat(reply.json().path("metadata").toString()).isEqualTo("{\"plan\":\"pro\"}");
    }

    @Test
    void userMetadataIsTruncatedAt1000CharactersNotBytesWhateverTheWorkspacesLimit() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        // {"a":"é…é"} is 908 characters but 1808 bytes; "b" would take it to 1015 characters.
        String a = "é".repeat(900);

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"user_metadata\":{\"a\":\"" + a + "\",\"b\":\"" + "x".repeat(100) + "\",\"c\":\"y\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("metadata").toString()).isEqualTo("{\"a\":\"" + a + "\"}");
        JsonNode warning = reply.json().path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("metadata-truncated");
        assertThat(warning.path("keys").toString()).isEqualTo("[\"b\",\"c\"]");
    }

    @Test
    void theActionContextIsExactlyUserIdAndUserMetadata() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"user_id\":\"user_123\",\"user_metadata\":{\"plan\":\"pro\"}}");

        JsonNode context = actionContext(workspace, session);

        List<String> names = new ArrayList<>();
        context.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("user_id", "user_metadata");
        assertThat(context.toString()).isEqualTo("{\"user_id\":\"user_123\",\"user_metadata\":{\"plan\":\"pro\"}}");
    }

    @Test
    void theActionContextNeedsTheVisitorToken() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = server.get(workspace.compat(dialect().name(), "/action-context"), "not-a-visitor-token");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("unauthorized");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"user_id\":5}", "invalid-json", "user_id"),
                Arguments.of("{\"user_id\":\"user_123\",\"user_hash\":true}", "invalid-json", "user_hash"),
                Arguments.of("{\"user_id\":\"user_123\",\"user_metadata\":[]}", "invalid-json", "user_metadata"),
                Arguments.of("{\"user_id\":\" \"}", "invalid-field", "user_id"),
                Arguments.of(
                        "{\"user_id\":\"user_123\",\"user_metadata\":{\"\":1}}", "invalid-field", "user_metadata"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsAProblemNamingTheVendorsFieldAndChangesNothing(String body, String code, String field) {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo(code);
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
    }
}
