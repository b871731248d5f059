package visitoridentity.adapters.http.dialect.botbrains;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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

/** botBrains' user.identify over HTTP: a PlainValue signature per claim, external attributes within 8191 bytes. */
class BotbrainsDialectTest {
    private static final String WRONG_SIGNATURE = "0".repeat(64);
    private static final String EXTERNAL_ID = "user_01234567890";
    private static final String EMAIL = "liam@example.com";
    private static final String PHONE = "+4915168433056";

    private final TestServer server =
            TestServer.builder().dialect(new BotbrainsDialect()).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply identify(TestWorkspace workspace, Session session, String json) {
        return workspace.post("botbrains", "/user.identify", session, json);
    }

    /** external_id and email, each with the given signature. */
    private static String idAndEmail(String idSignature, String emailSignature) {
        return "{\"external_id\":\"" + EXTERNAL_ID + "\",\"external_id_signature\":\"" + idSignature + "\",\"email\":\""
                + EMAIL + "\",\"email_signature\":\"" + emailSignature + "\"}";
    }

    @Test
    void eachClaimIsVerifiedByItsOwnSignature() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"external_id\":\"" + EXTERNAL_ID + "\",\"external_id_signature\":\"" + workspace.sign(EXTERNAL_ID)
                        + "\",\"email\":\"" + EMAIL + "\",\"email_signature\":\"" + workspace.sign(EMAIL)
                        + "\",\"phone\":\"" + PHONE + "\",\"phone_signature\":\"" + workspace.sign(PHONE) + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode trust = reply.json().path("claimTrust");
        assertThat(trust.path("externalId").asText()).isEqualTo("verified");
        assertThat(trust.path("email").asText()).isEqualTo("verified");
        assertThat(trust.path("phone").asText()).isEqualTo("verified");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
    }

    @Test
    void wrongSignaturesAreIgnoredInDisabledMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");

        Reply reply = identify(workspace, workspace.session(), idAndEmail(WRONG_SIGNATURE, WRONG_SIGNATURE));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("trusted");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("trusted");
    }

    @Test
    void aWrongEmailSignatureLeavesOnlyTheEmailUnverifiedInOptionalMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "optional");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, idAndEmail(workspace.sign(EXTERNAL_ID), WRONG_SIGNATURE));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("unverified");
        assertThat(workspace.context(session).path("email").isNull()).isTrue();
        assertThat(workspace.context(session).path("externalId").asText()).isEqualTo(EXTERNAL_ID);
    }

    @Test
    void aWrongEmailSignatureRefusesTheCallInRequiredModeAndChangesNothing() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = identify(workspace, session, idAndEmail(workspace.sign(EXTERNAL_ID), WRONG_SIGNATURE));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-invalid");
        assertThat(workspace.me(session).path("externalId").isNull()).isTrue();
        assertThat(workspace.me(session).path("email").isNull()).isTrue();
    }

    @Test
    void anUnsignedEmailIsKeptAsUnverifiedDataInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(
                workspace,
                workspace.session(),
                "{\"external_id\":\"" + EXTERNAL_ID + "\",\"external_id_signature\":\"" + workspace.sign(EXTERNAL_ID)
                        + "\",\"email\":\"" + EMAIL + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("unverified");
    }

    @Test
    void anUnsignedExternalIdIsRefusedInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(workspace, workspace.session(), "{\"external_id\":\"" + EXTERNAL_ID + "\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-required");
    }

    @Test
    void aSignatureThatIsNot64HexIsMalformedInRequiredMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "required");

        Reply reply = identify(workspace, workspace.session(), idAndEmail(workspace.sign(EXTERNAL_ID), "abc"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-malformed");
    }

    @Test
    void aSignatureThatIsNot64HexOnlyFailsToVerifyInOptionalMode() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "optional");

        Reply reply = identify(workspace, workspace.session(), idAndEmail(workspace.sign(EXTERNAL_ID), "abc"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("email").asText()).isEqualTo("unverified");
    }

    @Test
    void externalAttributesMergeByDefault() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"external_attributes\":{\"plan\":\"basic\",\"joined_on\":\"2024-01-01\"}}");

        Reply reply = identify(workspace, session, "{\"external_attributes\":{\"plan\":\"pro\",\"seats\":3}}");

        assertThat(reply.json().path("metadata").toString())
                .isEqualTo("{\"plan\":\"pro\",\"joined_on\":\"2024-01-01\",\"seats\":3}");
    }

    @Test
    void mergeExternalAttributesFalseReplacesTheTopLevelKeys() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"external_attributes\":{\"plan\":\"basic\",\"joined_on\":\"2024-01-01\"}}");

        Reply reply = identify(
                workspace, session, "{\"external_attributes\":{\"seats\":3},\"merge_external_attributes\":false}");

        assertThat(reply.json().path("metadata").toString()).isEqualTo("{\"seats\":3}");
    }

    @Test
    void externalAttributesAreLimitedTo8191BytesWithinTheWorkspacesLimit() {
        TestWorkspace workspace = TestWorkspace.withSettings(server, "{\"name\":\"Shop\"}");
        Session session = workspace.session();
        int room = 8191 - "{\"notes\":\"\"}".length();

        Reply over = identify(
                workspace,
                session,
                "{\"email\":\"" + EMAIL + "\",\"external_attributes\":{\"notes\":\"" + "x".repeat(room + 1) + "\"}}");
        JsonNode afterRefusal = workspace.me(session);
        Reply atTheLimit =
                identify(workspace, session, "{\"external_attributes\":{\"notes\":\"" + "x".repeat(room) + "\"}}");

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.problemCode()).isEqualTo("metadata-too-large");
        assertThat(afterRefusal.path("email").isNull()).isTrue();
        assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(200);
        assertThat(atTheLimit.json().path("metadata").toString().getBytes(StandardCharsets.UTF_8))
                .hasSize(8191);
    }

    @Test
    void emailAndPhoneAreKeptWhenAbsentAndClearedByNull() {
        TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
        Session session = workspace.session();
        identify(workspace, session, "{\"email\":\"" + EMAIL + "\",\"phone\":\"+49 151 6843 3056\"}");

        Reply kept = identify(workspace, session, "{\"external_attributes\":{\"plan\":\"pro\"}}");
        Reply cleared = identify(workspace, session, "{\"email\":null,\"phone\":null}");

        assertThat(kept.json().path("email").asText()).isEqualTo(EMAIL);
        assertThat(kept.json().path("phone").asText()).isEqualTo(PHONE);
        assertThat(cleared.json().path("email").isNull()).isTrue();
        assertThat(cleared.json().path("phone").isNull()).isTrue();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"external_id\":5}", "invalid-json", "external_id"),
                Arguments.of(
                        "{\"external_id\":\"u\",\"external_id_signature\":5}", "invalid-json", "external_id_signature"),
                Arguments.of("{\"external_attributes\":[]}", "invalid-json", "external_attributes"),
                Arguments.of("{\"merge_external_attributes\":\"no\"}", "invalid-json", "merge_external_attributes"),
                Arguments.of("{\"email\":\"liam\"}", "invalid-field", "email"),
                Arguments.of("{\"phone\":\"call me\"}", "invalid-field", "phone"),
                Arguments.of("{\"external_attributes\":{\"\":1}}", "invalid-field", "external_attributes"));
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
        assertThat(workspace.me(session).path("metadata").size()).isZero();
    }
}
