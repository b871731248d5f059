package visitoridentity.adapters.http.dialect.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.adapters.http.dialect.JwtWorkspace;

/** Zendesk messaging's loginUser JWT over HTTP: HS256 with kid, scope user, email verified only when it says so. */
class ZendeskDialectTest {
    private static final String USER = "user_123";
    private static final String EMAIL = "jane@example.com";

    private final TestServer server =
            TestServer.builder().dialect(new ZendeskDialect()).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Reply login(JwtWorkspace workspace, Session session, String token) {
        return workspace
                .server()
                .post("/compat/zendesk/" + workspace.id() + "/login", session.token(), "{\"jwt\":\"" + token + "\"}");
    }

    /** Zendesk's payload as its docs show it: scope user, external_id, name, email, email_verified. */
    private static Map<String, Object> user(String externalId, String email, boolean emailVerified) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("scope", "user");
        claims.put("external_id", externalId);
        claims.put("name", "Jane Soap");
        claims.put("email", email);
        claims.put("email_verified", emailVerified);
        return claims;
    }

    private static String trust(Reply reply, String claim) {
        return reply.json().path("claimTrust").path(claim).asText();
    }

    @Test
    void aUserJwtVerifiesTheExternalIdAndTheVerifiedEmail() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = login(workspace, workspace.session(), workspace.token(user(USER, EMAIL, true)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("externalId").asText()).isEqualTo(USER);
        assertThat(reply.json().path("email").asText()).isEqualTo(EMAIL);
        assertThat(reply.json().path("name").asText()).isEqualTo("Jane Soap");
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("verified");
        assertThat(reply.json().path("contactId").isNull()).isFalse();
    }

    @Test
    void anEmailNotMarkedVerifiedStaysUnverified() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = login(workspace, workspace.session(), workspace.token(user(USER, EMAIL, false)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("unverified");
        assertThat(reply.json().path("contactId").isNull()).isTrue();
    }

    @Test
    void aScopeOtherThanUserIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Map<String, Object> claims = user(USER, EMAIL, true);
        claims.put("scope", "app");

        Reply reply = login(workspace, workspace.session(), workspace.token(claims));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("scope");
    }

    @Test
    void aMissingScopeLeavesTheClaimsUnverifiedInOptionalMode() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "optional");
        Map<String, Object> claims = user(USER, EMAIL, true);
        claims.remove("scope");

        Reply reply = login(workspace, workspace.session(), workspace.token(claims));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(trust(reply, "externalId")).isEqualTo("unverified");
        assertThat(trust(reply, "email")).isEqualTo("unverified");
    }

    @Test
    void aTokenWithoutKidIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String withoutKid = JwtWorkspace.token(
                Optional.empty(),
                workspace.secret(),
                user(USER, EMAIL, true),
                workspace.now().plusSeconds(300));

        Reply reply = login(workspace, workspace.session(), withoutKid);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        assertThat(reply.json().path("detail").asText()).contains("kid");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedAndChangesNothing() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Session session = workspace.session();
        String forged = JwtWorkspace.token(
                Optional.of(workspace.kid()),
                "an-attackers-own-secret-of-32-bytes-or-more",
                user(USER, EMAIL, true),
                workspace.now().plusSeconds(300));

        Reply reply = login(workspace, session, forged);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
        JsonNode me = server.me(session).json();
        assertThat(me.path("externalId").isNull()).isTrue();
        assertThat(me.path("email").isNull()).isTrue();
    }

    @Test
    void anExpiredTokenIsRefusedInRequiredModeAndKeptUnverifiedInOptionalMode() {
        JwtWorkspace required = JwtWorkspace.inMode(server, "required");
        JwtWorkspace optional = JwtWorkspace.inMode(server, "optional");

        Reply refused = login(
                required,
                required.session(),
                JwtWorkspace.token(
                        Optional.of(required.kid()),
                        required.secret(),
                        user(USER, EMAIL, true),
                        required.now().minusSeconds(120)));
        Reply kept = login(
                optional,
                optional.session(),
                JwtWorkspace.token(
                        Optional.of(optional.kid()),
                        optional.secret(),
                        user(USER, EMAIL, true),
                        optional.now().minusSeconds(120)));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("token-expired");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(trust(kept, "externalId")).isEqualTo("unverified");
        assertThat(trust(kept, "email")).isEqualTo("unverified");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        String none = JwtWorkspace.unsigned("{\"scope\":\"user\",\"external_id\":\"" + USER + "\",\"exp\":"
                + workspace.expiresInTenMinutes() + "}");

        Reply reply = login(workspace, workspace.session(), none);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("token-invalid");
    }

    @Test
    void aTokenThatCannotBeReadIsMalformedInEveryMode() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "disabled");

        Reply garbage = login(workspace, workspace.session(), "not.a.jwt");
        Reply noExternalId = login(
                workspace,
                workspace.session(),
                workspace.token(Map.of("scope", "user", "email", EMAIL, "email_verified", true)));
        Reply missing = server.post(
                "/compat/zendesk/" + workspace.id() + "/login",
                workspace.session().token(),
                "{}");

        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.problemCode()).isEqualTo("token-malformed");
        assertThat(noExternalId.status()).isEqualTo(401);
        assertThat(noExternalId.problemCode()).isEqualTo("token-malformed");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemCode()).isEqualTo("invalid-field");
    }

    @Test
    void aVerifiedEmailHeldByAnotherExternalIdIsAConflictAndChangesNothing() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Reply first = login(workspace, workspace.session(), workspace.token(user("user_1", EMAIL, true)));
        Session other = workspace.session();

        Reply second = login(workspace, other, workspace.token(user("user_2", EMAIL, true)));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemCode()).isEqualTo("conflict");
        assertThat(second.json().path("detail").asText()).doesNotContain(EMAIL);
        assertThat(server.me(other).json().path("externalId").isNull()).isTrue();
    }

    @Test
    void theSameUserLoggingInAgainOnAnotherDeviceIsNoConflict() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        Reply first = login(workspace, workspace.session(), workspace.token(user(USER, EMAIL, true)));

        Reply again = login(workspace, workspace.session(), workspace.token(user(USER, EMAIL, true)));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("id").asText())
                .isEqualTo(first.json().path("id").asText());
    }

    @Test
    void anUnverifiedEmailHeldByAnotherExternalIdIsNoConflict() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");
        login(workspace, workspace.session(), workspace.token(user("user_1", EMAIL, true)));

        Reply second = login(workspace, workspace.session(), workspace.token(user("user_2", EMAIL, false)));

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(trust(second, "email")).isEqualTo("unverified");
    }

    @Test
    void anEmailTheJwtSignsInAnotherCaseThanItsNormalFormProvesNothing() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "optional");

        Reply reply = login(workspace, workspace.session(), workspace.token(user(USER, "Jane@Example.com", true)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(trust(reply, "externalId")).isEqualTo("verified");
        assertThat(trust(reply, "email")).isEqualTo("unverified");
    }

    @Test
    void anInvalidEmailInTheJwtIsNamedAsAMemberOfTheJwt() {
        JwtWorkspace workspace = JwtWorkspace.inMode(server, "required");

        Reply reply = login(workspace, workspace.session(), workspace.token(user(USER, "not-an-email", true)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("jwt.email");
    }
}
