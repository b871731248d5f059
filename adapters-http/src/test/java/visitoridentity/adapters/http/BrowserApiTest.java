package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.application.fake.TestHmac;

class BrowserApiTest {
    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private Session newSession(String settings) {
        return server.session(server.createWorkspace(settings).path("id").asText());
    }

    @Test
    void startingAVisitorGivesItsIdsAndAToken() {
        String workspace = server.createWorkspace().path("id").asText();

        Reply reply = server.post("/v1/workspaces/" + workspace + "/visitors", null, "");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("visitorId").asText()).isNotBlank();
        assertThat(reply.json().path("anonymousId").asText()).isNotBlank();
        assertThat(reply.json().path("visitorToken").asText()).isNotBlank();
    }

    @Test
    void meShowsTheSessionsAnonymousIdentity() {
        Session session = newSession("{\"name\":\"Shop\"}");

        Reply reply = server.me(session);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.path("anonymousUserId").asText()).isEqualTo(session.anonymousId());
        assertThat(me.path("externalId").isNull()).isTrue();
        assertThat(me.path("claimTrust").path("externalId").isNull()).isTrue();
        assertThat(me.path("hmacVerified").asBoolean()).isFalse();
        assertThat(me.path("metadata").isObject()).isTrue();
        assertThat(me.path("warnings").isArray()).isTrue();
    }

    @Test
    void identifyInDisabledModeTrustsTheClaimsAsGiven() {
        Session session = newSession("{\"name\":\"Shop\"}");

        Reply reply = server.identify(
                session,
                "{\"externalId\":\"user_123\",\"email\":\" Jane@Example.com \",\"name\":\"Jane\","
                        + "\"phone\":\"+1 (555) 010-9999\",\"avatarUrl\":\"https://example.com/a.png\",\"tag\":\"pro\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.path("externalId").asText()).isEqualTo("user_123");
        assertThat(result.path("email").asText()).isEqualTo("jane@example.com");
        assertThat(result.path("phone").asText()).isEqualTo("+15550109999");
        assertThat(result.path("name").asText()).isEqualTo("Jane");
        assertThat(result.path("avatarUrl").asText()).isEqualTo("https://example.com/a.png");
        assertThat(result.path("tag").asText()).isEqualTo("pro");
        assertThat(result.path("claimTrust").path("externalId").asText()).isEqualTo("trusted");
        assertThat(result.path("claimTrust").path("email").asText()).isEqualTo("trusted");
        assertThat(result.path("hmacVerified").asBoolean()).isFalse();
        assertThat(result.path("contactId").asText()).isNotBlank();
        assertThat(result.path("anonymousUserId").asText()).isEqualTo(session.anonymousId());
    }

    @Test
    void identifyWithAValidSignatureMarksTheClaimVerified() {
        JsonNode workspace = server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}");
        Session session = server.session(workspace.path("id").asText());
        String signature = TestHmac.hex(workspace.path("signingSecret").asText(), "user_123");

        Reply reply = server.identify(
                session, "{\"externalId\":\"user_123\",\"signatures\":{\"externalId\":\"" + signature + "\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("verified");
        assertThat(reply.json().path("hmacVerified").asBoolean()).isTrue();
    }

    @Test
    void anOmittedFieldIsKeptAndANullOneCleared() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"name\":\"Jane\",\"tag\":\"pro\",\"email\":\"jane@example.com\"}");

        Reply reply = server.identify(session, "{\"name\":null,\"email\":null}");

        assertThat(reply.json().path("name").isNull()).isTrue();
        assertThat(reply.json().path("email").isNull()).isTrue();
        assertThat(reply.json().path("tag").asText()).isEqualTo("pro");
    }

    @Test
    void aNullExternalIdClaimsNothingAndClearsNothing() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"externalId\":\"user_1\"}");

        Reply reply = server.identify(session, "{\"externalId\":null,\"name\":\"Jane\"}");

        assertThat(reply.json().path("externalId").asText()).isEqualTo("user_1");
    }

    @Test
    void metadataKeepsItsNumbersAndOrderAsSent() {
        Session session = newSession("{\"name\":\"Shop\"}");

        Reply reply = server.identify(session, "{\"metadata\":{\"z\":1.50,\"a\":1e3,\"m\":{\"n\":[1,\"ü\",null]}}}");

        assertThat(reply.body()).contains("\"metadata\":{\"z\":1.50,\"a\":1e3,\"m\":{\"n\":[1,\"ü\",null]}}");
    }

    @Test
    void metadataMergesByDefaultAndNullRemovesAKey() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"metadata\":{\"plan\":\"pro\",\"seats\":3}}");

        Reply reply = server.identify(session, "{\"metadata\":{\"seats\":null,\"region\":\"eu\"}}");

        assertThat(reply.body()).contains("\"metadata\":{\"plan\":\"pro\",\"region\":\"eu\"}");
    }

    @Test
    void metadataModeIsAcceptedInAnyCase() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"metadata\":{\"plan\":\"pro\",\"seats\":3}}");

        Reply reply = server.identify(session, "{\"metadata\":{\"region\":\"eu\"},\"metadataMode\":\"REPLACE\"}");

        assertThat(reply.body()).contains("\"metadata\":{\"region\":\"eu\"}");
    }

    @Test
    void absentOrNullMetadataChangesNothing() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"metadata\":{\"plan\":\"pro\"}}");

        server.identify(session, "{\"metadataMode\":\"replace\"}");
        Reply reply = server.identify(session, "{\"metadata\":null}");

        assertThat(reply.body()).contains("\"metadata\":{\"plan\":\"pro\"}");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Session session = newSession("{\"name\":\"Shop\"}");

        Reply reply = server.identify(session, "{\"name\":\"Jane\",\"favouriteColour\":\"teal\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("favouriteColour");
    }

    @Test
    void theTrustedContextHidesUnverifiedClaims() {
        Session session = newSession("{\"name\":\"Shop\",\"verificationMode\":\"optional\"}");
        server.identify(session, "{\"externalId\":\"user_123\",\"email\":\"jane@example.com\",\"metadata\":{\"a\":1}}");

        Reply reply = server.get("/v1/workspaces/" + session.workspaceId() + "/visitors/me/context", session.token());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("visitorId").asText()).isNotBlank();
        assertThat(reply.json().path("externalId").isNull()).isTrue();
        assertThat(reply.json().path("email").isNull()).isTrue();
        assertThat(reply.body()).contains("\"metadata\":{\"a\":1}");
    }

    @Test
    void theTrustedContextShowsTrustedClaims() {
        Session session = newSession("{\"name\":\"Shop\"}");
        server.identify(session, "{\"externalId\":\"user_123\",\"phone\":\"+15550109999\"}");

        Reply reply = server.get("/v1/workspaces/" + session.workspaceId() + "/visitors/me/context", session.token());

        assertThat(reply.json().path("externalId").asText()).isEqualTo("user_123");
        assertThat(reply.json().path("phone").asText()).isEqualTo("+15550109999");
    }

    @Test
    void unverifiedClaimsComeWithAWarning() {
        Session session = newSession("{\"name\":\"Shop\",\"verificationMode\":\"optional\"}");

        Reply reply = server.identify(session, "{\"externalId\":\"user_123\"}");

        JsonNode warning = reply.json().path("warnings").path(0);
        assertThat(warning.path("code").asText()).isEqualTo("claims-unverified");
        assertThat(warning.path("message").asText()).isNotBlank();
        assertThat(warning.path("keys").path(0).asText()).isEqualTo("externalId");
        assertThat(reply.json().path("claimTrust").path("externalId").asText()).isEqualTo("unverified");
    }
}
