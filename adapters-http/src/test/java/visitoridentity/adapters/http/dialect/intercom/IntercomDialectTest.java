package visitoridentity.adapters.http.dialect.intercom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.adapters.http.dialect.JwtWorkspace;

/** Intercom's boot with its HS256 JWT over HTTP: what the token carries is verified, nothing else. */
class IntercomDialectTest {
    private static final String USER = "user_123";
    private static final String EMAIL = "jane@example.com";

    private final TestServer server =
            TestServer.builder().dialect(new IntercomDialect()).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply boot(JwtWorkspace workspace, Session session, String json) {
        return workspace.server().post("/compat/intercom/" + workspace.id() + "/boot", session.token(), json);
    }

    private static String withToken(String token, String members) {
        return "{\"intercom_user_jwt\":\"" + token + "\"" + (members.isEmpty() ? "" : "," + members) + "}";
    }

    private static String trust(Reply reply, String claim) {
        return reply.json().path("claimTrust").path(claim).asText();
    }

    @Test
    void theClaimsInsideTheJwtAreVerifiedAndCustomAttributesBecomeMetadata() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Session session = workspace.session();
        String token = workspace.token(Map.of("user_id", USER, "email", EMAIL));

        Reply reply = boot(
                workspace,
                session,
                withToken(
                        token,
                        "\"app_id\":\"abc123\",\"user_id\":\"" + USER + "\",\"email\":\"" + EMAIL
                                + "\",\"name\":\"Jane Doe\",\"plan\":\"pro\",\"company_size\":12"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo(USER);
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("verified");
        assertThat(reply.json().path("name").asText()).isEqualTo("Jane Doe");
        assertThat(reply.json().path("metadata").toString()).isEqualTo("{\"plan\":\"pro\",\"company_size\":12}");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
        assertThat(workspace
                        .server()
                        .get("/v1/workspaces/" + workspace.id() + "/visitors/me/context", session.token())
                        .json()
                        .path("email")
                        .asText())
                .isEqualTo(EMAIL);
    }

    @Test
    void claimsLeftOutOfTheBodyAreTakenFromTheJwt() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = boot(
                workspace,
                workspace.session(),
                withToken(workspace.token(Map.of("user_id", USER, "email", EMAIL, "name", "Jane")), ""));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo(USER);
        assertThat(reply.json().path("email").asText()).isEqualTo(EMAIL);
        assertThat(reply.json().path("name").asText()).isEqualTo("Jane");
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("verified");
    }

    @Test
    void aNumericUserIdIsItsDecimalText() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = boot(
                workspace, workspace.session(), withToken(workspace.token(Map.of("user_id", 42L)), "\"user_id\":42"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("42");
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
    }

    @Test
    void anEmailOutsideTheJwtIsNeverVerified() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Session session = workspace.session();

        Reply reply = boot(
                workspace,
                session,
                withToken(workspace.token(Map.of("user_id", USER)), "\"email\":\"ceo@example.com\""));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("unverified");
        assertThat(reply.json().path("contactId").isNull()).isTrue();
    }

    @Test
    void anotherUsersTokenDoesNotVerifyTheUserIdInTheBody() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "optional");
        String victimsToken = workspace.token(Map.of("user_id", "victim"));

        Reply reply = boot(workspace, workspace.session(), withToken(victimsToken, "\"user_id\":\"attacker\""));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo("attacker");
        assertThat(trust(reply, "externalId")).isEqualTo("unverified");
    }

    @Test
    void anotherUsersTokenIsRefusedInRequiredModeAndNothingChanges() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Session session = workspace.session();
        String victimsToken = workspace.token(Map.of("user_id", "victim"));

        Reply reply = boot(workspace, session, withToken(victimsToken, "\"user_id\":\"attacker\",\"plan\":\"x\""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("user_id").doesNotContain("victim");
        JsonNode me = workspace.server().me(session).json();
        assertThat(me.path("externalId").isNull()).isTrue();
        assertThat(me.path("metadata").size()).isZero();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String none =
                JwtWorkspace.unsigned("{\"user_id\":\"" + USER + "\",\"exp\":" + workspace.expiresInTenMinutes() + "}");

        Reply reply = boot(workspace, workspace.session(), withToken(none, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnsignedTokenLeavesTheClaimsUnverifiedInOptionalMode() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "optional");
        String none =
                JwtWorkspace.unsigned("{\"user_id\":\"" + USER + "\",\"exp\":" + workspace.expiresInTenMinutes() + "}");

        Reply reply = boot(workspace, workspace.session(), withToken(none, ""));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo(USER);
        assertThat(trust(reply, "externalId")).isEqualTo("unverified");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String forged = JwtWorkspace.token(
                Optional.of(workspace.kid()),
                "an-attackers-own-secret-of-32-bytes-or-more",
                Map.of("user_id", USER),
                workspace.now().plus(Duration.ofMinutes(5)));

        Reply reply = boot(workspace, workspace.session(), withToken(forged, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
    }

    @Test
    void anExpiredTokenIsRefusedAfterTheClockSkew() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String withinSkew = JwtWorkspace.token(
                Optional.of(workspace.kid()),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().minusSeconds(59));
        String expired = JwtWorkspace.token(
                Optional.of(workspace.kid()),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().minusSeconds(61));

        Reply accepted = boot(workspace, workspace.session(), withToken(withinSkew, ""));
        Reply refused = boot(workspace, workspace.session(), withToken(expired, ""));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("token-expired");
    }

    @Test
    void aTokenWithoutExpiryIsMalformed() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String forever = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"user_id\":\"" + USER + "\"}", workspace.secret());

        Reply reply = boot(workspace, workspace.session(), withToken(forever, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-malformed");
        assertThat(reply.json().path("detail").asText()).contains("exp");
    }

    @Test
    void aTokenWithACriticalHeaderIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String critical = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"crit\":[\"exp-ext\"],\"exp-ext\":1}",
                "{\"user_id\":\"" + USER + "\",\"exp\":" + workspace.expiresInTenMinutes() + "}",
                workspace.secret());

        Reply reply = boot(workspace, workspace.session(), withToken(critical, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isIn("token-invalid", "token-malformed");
    }

    @Test
    void anotherAlgorithmThanHs256IsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String hs512 = JwtWorkspace.handMade(
                "{\"alg\":\"HS512\"}",
                "{\"user_id\":\"" + USER + "\",\"exp\":" + workspace.expiresInTenMinutes() + "}",
                workspace.secret());

        Reply reply = boot(workspace, workspace.session(), withToken(hs512, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("HS256");
    }

    @Test
    void aTokenOver8KibIsMalformed() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String huge = workspace.token(Map.of("user_id", USER, "padding", "x".repeat(8 * 1024)));

        Reply reply = boot(workspace, workspace.session(), withToken(huge, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-malformed");
    }

    @Test
    void theKidPicksAPreviousKeyInItsGraceAndAnUnknownKidIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String previousKid = workspace.kid();
        JwtWorkspace.rotate(server, workspace.id(), "the-next-secret-also-32-bytes-long-or-more");
        String previous = JwtWorkspace.token(
                Optional.of(previousKid),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().plusSeconds(300));
        String unknown = JwtWorkspace.token(
                Optional.of("key-99"),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().plusSeconds(300));
        String withoutKid = JwtWorkspace.token(
                Optional.empty(),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().plusSeconds(300));

        assertThat(boot(workspace, workspace.session(), withToken(previous, "")).status())
                .isEqualTo(200);
        assertThat(boot(workspace, workspace.session(), withToken(unknown, "")).problemCode())
                .isEqualTo("token-invalid");
        // without a kid only the active key is tried, and the token was signed with the previous one
        assertThat(boot(workspace, workspace.session(), withToken(withoutKid, ""))
                        .problemCode())
                .isEqualTo("token-invalid");
    }

    @Test
    void aTokenWithoutKidIsCheckedWithTheActiveKey() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String withoutKid = JwtWorkspace.token(
                Optional.empty(),
                workspace.secret(),
                Map.of("user_id", USER),
                workspace.now().plusSeconds(300));

        Reply reply = boot(workspace, workspace.session(), withToken(withoutKid, ""));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
    }

    @Test
    void aKeyTooShortForHs256IsNamedInTheRefusal() {
        JsonNode created = server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}");
        JwtWorkspace shortKey = new JwtWorkspace(
                server,
                created.path("id").asText(),
                created.path("signingSecret").asText(),
                "key-1");
        String token = JwtWorkspace.handMade(
                "{\"alg\":\"HS256\",\"kid\":\"key-1\"}",
                "{\"user_id\":\"" + USER + "\",\"exp\":" + shortKey.expiresInTenMinutes() + "}",
                shortKey.secret());

        Reply reply = boot(shortKey, shortKey.session(), withToken(token, ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("256 bits");
    }

    @Test
    void aUserIdSignedOnlyAsSentAndNotNormalizedProvesNothing() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply =
                boot(workspace, workspace.session(), withToken(workspace.token(Map.of("user_id", " user_123")), ""));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("normal");
    }

    @Test
    void withoutATokenTheClaimsAreTrustedInDisabledModeAndUnverifiedInOptionalMode() {
        JwtWorkspace disabled = JwtWorkspace.inMode(server, "disabled");
        JwtWorkspace optional = JwtWorkspace.inMode(server, "optional");
        String body = "{\"user_id\":\"" + USER + "\",\"email\":\"" + EMAIL + "\"}";

        Reply trusted = boot(disabled, disabled.session(), body);
        Reply unverified = boot(optional, optional.session(), body);

        assertThat(trust(trusted, "externalId")).isEqualTo("trusted");
        assertThat(trust(unverified, "externalId")).isEqualTo("unverified");
        assertThat(trust(unverified, "email")).isEqualTo("unverified");
    }

    @Test
    void aUserIdWithoutATokenIsRefusedInRequiredMode() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = boot(workspace, workspace.session(), "{\"user_id\":\"" + USER + "\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("signature-required");
    }

    @Test
    void aWorkspaceWhoseDialectsLeaveIntercomOutDoesNotAnswerIt() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "disabled");
        Reply enabled = boot(workspace, workspace.session(), "{\"user_id\":\"" + USER + "\"}");
        Reply patched = server.request("PATCH", "/v1/workspaces/" + workspace.id())
                .bearer(TestServer.ROOT)
                .json("{\"dialects\":[]}")
                .send();

        Reply disabled = boot(workspace, workspace.session(), "{\"user_id\":\"" + USER + "\"}");

        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(disabled.status()).isEqualTo(404);
        assertThat(disabled.problemCode()).isEqualTo("not-found");
    }
}
