package visitoridentity.adapters.http.dialect.repai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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

/** Rep.ai's identify over HTTP: {@code {id, data, hash}}, the hash over {@code {"id":..,"email":..}}. */
class RepaiDialectTest {
    private static final String WRONG_HASH = "0".repeat(64);

    private final TestServer server =
            TestServer.builder().dialect(new RepaiDialect()).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply identify(TestWorkspace workspace, Session session, String json) {
        return workspace.post("repai", "/identify", session, json);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** What Python's {@code json.dumps} writes for a string: every non-ASCII character as a {@code \}{@code u} escape. */
    private static String pythonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    @Test
    void aHashOverTheCanonicalIdAndEmailVerifiesBoth() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        String hash = workspace.sign("{\"id\":\"123\",\"email\":\"jessie@example.com\"}");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"email\":\"jessie@example.com\"},\"hash\":\"" + hash + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("verified");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
        assertThat(reply.json().path("contactId").isNull()).isFalse();
    }

    @Test
    void anIntegerIdIsSignedAsItsDecimalText() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        String hash = workspace.sign("{\"id\":\"123\",\"email\":\"jessie@example.com\"}");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":123,\"data\":{\"email\":\"jessie@example.com\"},\"hash\":\"" + hash + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("123");
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
    }

    @Test
    void anIntegerIdAndTheSameIdAsAStringAreOneUser() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply asInteger = identify(workspace, workspace.session(), "{\"id\":123}");
        Reply asString = identify(workspace, workspace.session(), "{\"id\":\"123\"}");

        assertThat(asString.json().path("id").asText())
                .isEqualTo(asInteger.json().path("id").asText());
        assertThat(asString.json().path("anonymousUserId").asText())
                .isNotEqualTo(asInteger.json().path("anonymousUserId").asText());
    }

    @Test
    void aHashWithoutAnEmailSignsTheIdAlone() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        String hash = workspace.sign("{\"id\":\"123\"}");

        Reply reply = identify(workspace, workspace.session(), "{\"id\":\"123\",\"hash\":\"" + hash + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
    }

    @Test
    void pythonsAsciiEscapedJsonVerifiesForANonAsciiEmail() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        String email = "jössie@exämple.com";
        String pythonJsonDumps = "{\"id\":\"123\",\"email\":" + pythonString(email) + "}";
        assertThat(pythonJsonDumps).contains("j\\u00f6ssie@ex\\u00e4mple.com");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"email\":\"" + email + "\"},\"hash\":\"" + workspace.sign(pythonJsonDumps)
                        + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("verified");
    }

    @Test
    void javascriptsRawUtf8JsonVerifiesForANonAsciiEmail() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        String email = "jössie@exämple.com";
        String jsonStringify = "{\"id\":\"123\",\"email\":\"" + email + "\"}";

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"email\":\"" + email + "\"},\"hash\":\"" + workspace.sign(jsonStringify)
                        + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("verified");
    }

    @Test
    void aWrongHashIsIgnoredInDisabledMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"email\":\"jessie@example.com\"},\"hash\":\"" + WRONG_HASH + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("trusted");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("trusted");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isFalse();
    }

    @Test
    void aWrongHashKeepsTheClaimsAsUnverifiedDataInOptionalMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "optional");
        Session session = workspace.session();

        Reply reply = identify(
                workspace,
                session,
                "{\"id\":\"123\",\"data\":{\"email\":\"jessie@example.com\"},\"hash\":\"" + WRONG_HASH + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("123");
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("unverified");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("unverified");
        assertThat(reply.json().path("contactId").isNull()).isTrue();
        assertThat(reply.json().path("warnings").get(0).path("code").asText()).isEqualTo("claims-unverified");
        assertThat(workspace.context(session).path("externalId").isNull()).isTrue();
    }

    @Test
    void aWrongHashRefusesTheCallInRequiredModeAndChangesNothing() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(
                workspace,
                session,
                "{\"id\":\"123\",\"data\":{\"email\":\"jessie@example.com\",\"displayName\":\"Jessie\"},"
                        + "\"hash\":\"" + WRONG_HASH + "\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-invalid");
        JsonNode me = workspace.me(session);
        assertThat(me.path("externalId").isNull()).isTrue();
        assertThat(me.path("email").isNull()).isTrue();
        assertThat(me.path("name").isNull()).isTrue();
        assertThat(me.path("metadata").size()).isZero();
    }

    @Test
    void aClaimedIdWithoutAHashIsRefusedInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(workspace, workspace.session(), "{\"id\":\"123\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-required");
    }

    @Test
    void aNullIdAppliesTheDataToTheSessionsOwnVisitor() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        String visitorId = workspace.me(session).path("id").asText();

        Reply reply = identify(
                workspace, session, "{\"id\":null,\"data\":{\"email\":\"jessie@example.com\",\"plan\":\"pro\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("id").asText()).isEqualTo(visitorId);
        assertThat(reply.json().path("externalId").isNull()).isTrue();
        assertThat(reply.json().path("email").asText()).isEqualTo("jessie@example.com");
        assertThat(reply.json().path("metadata").path("plan").asText()).isEqualTo("pro");
    }

    @Test
    void dataWithoutAnEmailIsIgnoredWithAWarningAndTheIdStillApplies() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"displayName\":\"Jessie\",\"plan\":\"pro\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("123");
        assertThat(reply.json().path("name").isNull()).isTrue();
        assertThat(reply.json().path("metadata").size()).isZero();
        JsonNode warning = reply.json().path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("data-ignored");
        assertThat(warning.path("keys").toString()).isEqualTo("[\"displayName\",\"plan\"]");
    }

    @Test
    void aNullEmailCountsAsNoEmail() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply =
                identify(workspace, workspace.session(), "{\"id\":\"123\",\"data\":{\"email\":null,\"plan\":\"pro\"}}");

        assertThat(reply.json().path("metadata").size()).isZero();
        assertThat(reply.json().path("warnings").get(0).path("code").asText()).isEqualTo("data-ignored");
    }

    @Test
    void reservedKeysFillTheProfileAndStayInTheData() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"id\":\"123\",\"data\":{\"email\":\"Jessie@Example.com\",\"displayName\":\"Jessie\","
                        + "\"avatar\":\"https://example.com/avatar.png\",\"tag\":\"PAID_PLAN\","
                        + "\"anyDataYouWant\":\"hotdogs\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.path("email").asText()).isEqualTo("jessie@example.com");
        assertThat(result.path("name").asText()).isEqualTo("Jessie");
        assertThat(result.path("avatarUrl").asText()).isEqualTo("https://example.com/avatar.png");
        assertThat(result.path("tag").asText()).isEqualTo("PAID_PLAN");
        assertThat(result.path("metadata").toString())
                .isEqualTo("{\"email\":\"Jessie@Example.com\",\"displayName\":\"Jessie\","
                        + "\"avatar\":\"https://example.com/avatar.png\",\"tag\":\"PAID_PLAN\","
                        + "\"anyDataYouWant\":\"hotdogs\"}");
    }

    @Test
    void dataMergesAndATopLevelNullRemovesTheKeyAndClearsItsProfileField() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(
                workspace,
                session,
                "{\"id\":\"123\",\"data\":{\"email\":\"a@example.com\",\"tag\":\"PAID_PLAN\",\"plan\":\"pro\","
                        + "\"seats\":3}}");

        Reply reply = identify(
                workspace,
                session,
                "{\"id\":\"123\",\"data\":{\"email\":\"a@example.com\",\"tag\":null,\"seats\":null,\"color\":\"red\"}}");

        assertThat(reply.json().path("metadata").toString())
                .isEqualTo("{\"email\":\"a@example.com\",\"plan\":\"pro\",\"color\":\"red\"}");
        assertThat(reply.json().path("tag").isNull()).isTrue();
    }

    @Test
    void theWholeDataObjectReservedKeysIncludedIsLimitedTo1024BytesWithinTheWorkspacesLimit() {
        TestWorkspace workspace = TestWorkspace.withSettings(server, "{\"name\":\"Shop\"}");
        Session session = workspace.session();
        String reserved = "\"email\":\"jessie@example.com\",\"displayName\":\"Jessie\",";
        String empty = "{" + reserved + "\"notes\":\"\"}";
        int room = 1024 - empty.getBytes(StandardCharsets.UTF_8).length;
        String fits = "{" + reserved + "\"notes\":\"" + "x".repeat(room) + "\"}";
        String oneByteOver = "{" + reserved + "\"notes\":\"" + "x".repeat(room + 1) + "\"}";
        assertThat(("{\"notes\":\"" + "x".repeat(room + 1) + "\"}").getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThan(1024);

        Reply over = identify(workspace, session, "{\"id\":\"123\",\"data\":" + oneByteOver + "}");
        JsonNode afterRefusal = workspace.me(session);
        Reply atTheLimit = identify(workspace, session, "{\"id\":\"123\",\"data\":" + fits + "}");

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.problemCode()).isEqualTo("metadata-too-large");
        assertThat(afterRefusal.path("externalId").isNull()).isTrue();
        assertThat(afterRefusal.path("name").isNull()).isTrue();
        assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(200);
        assertThat(atTheLimit.json().path("metadata").toString().getBytes(StandardCharsets.UTF_8))
                .hasSize(1024);
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("{\"id\":true}", "id"),
                Arguments.of("{\"id\":{\"value\":1}}", "id"),
                Arguments.of("{\"id\":\"1\",\"data\":[]}", "data"),
                Arguments.of("{\"id\":\"1\",\"data\":\"email\"}", "data"),
                Arguments.of("{\"data\":{\"email\":5}}", "data.email"),
                Arguments.of("{\"data\":{\"email\":\"a@example.com\",\"displayName\":5}}", "data.displayName"),
                Arguments.of("{\"id\":\"1\",\"hash\":5}", "hash"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void aWrongJsonTypeIsInvalidJsonNamingTheVendorsFieldAndChangesNothing(String body, String field) {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("invalid-json");
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("{\"id\":1.5}", "id"),
                Arguments.of("{\"id\":\"  \"}", "id"),
                Arguments.of("{\"id\":\"1\",\"data\":{\"email\":\"not-an-email\"}}", "data.email"),
                Arguments.of(
                        "{\"id\":\"1\",\"data\":{\"email\":\"a@example.com\",\"avatar\":\"avatar.png\"}}",
                        "data.avatar"),
                Arguments.of("{\"id\":\"1\",\"data\":{\"email\":\"a@example.com\",\"tag\":\"\"}}", "data.tag"),
                Arguments.of("{\"id\":\"1\",\"data\":{\"email\":\"a@example.com\",\"\":1}}", "data"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aValueThatBreaksItsRuleIsAnInvalidFieldNamingTheVendorsFieldAndChangesNothing(String body, String field) {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("invalid-field");
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
    }

    @Test
    void theAnswerIsTheNativeIdentityResult() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = identify(workspace, workspace.session(), "{\"id\":\"123\"}");

        assertThat(fieldNames(reply.json()))
                .containsExactly(
                        "id",
                        "anonymousUserId",
                        "externalId",
                        "email",
                        "name",
                        "phone",
                        "avatarUrl",
                        "tag",
                        "metadata",
                        "hmacVerified",
                        "claimTrust",
                        "contactId",
                        "warnings");
    }
}
