package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;

class CorsTest {
    private static final String SHOP = "https://shop.example.com";
    private static final String EVIL = "https://evil.example.net";

    private final TestServer server = TestServer.start();
    private final String anyOrigin = server.createWorkspace().path("id").asText();
    private final String listed = server.createWorkspace(
                    "{\"name\":\"Shop\",\"allowedOrigins\":[\"https://SHOP.example.com\"]}")
            .path("id")
            .asText();

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply preflight(String workspace, String path, String origin, String method) {
        return server.request("OPTIONS", "/v1/workspaces/" + workspace + path)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .send();
    }

    @Test
    void aPreflightFromAnyOriginIsAllowedWhenNoneAreListed() {
        Reply reply = preflight(anyOrigin, "/identify", EVIL, "POST");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("Content-Type")).isEmpty();
        assertThat(reply.header("Access-Control-Allow-Origin")).contains("*");
        assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(reply.header("Access-Control-Allow-Headers")).contains("Authorization, Content-Type");
        assertThat(reply.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightFromAListedOriginEchoesIt() {
        Reply reply = preflight(listed, "/identify", SHOP, "POST");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(reply.header("Vary")).contains("Origin");
    }

    @Test
    void aPreflightFromAnUnlistedOriginIsForbidden() {
        Reply reply = preflight(listed, "/identify", EVIL, "POST");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problemCode()).isEqualTo("origin-not-allowed");
        assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void thePreflightOfTheVisitorsPathAllowsOnlyStartingOne() {
        Reply reply = preflight(anyOrigin, "/visitors", SHOP, "POST");

        assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
    }

    @Test
    void everyBrowserPathAnswersItsPreflight() {
        assertThat(preflight(anyOrigin, "/visitors/me", SHOP, "GET").status()).isEqualTo(204);
        assertThat(preflight(anyOrigin, "/visitors/me/context", SHOP, "GET").status())
                .isEqualTo(204);
    }

    @Test
    void aRequestFromAListedOriginGetsItsOriginBack() {
        Session session = server.session(listed);

        Reply reply = server.request("GET", "/v1/workspaces/" + listed + "/visitors/me")
                .bearer(session.token())
                .header("Origin", SHOP)
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(reply.header("Vary")).contains("Origin");
    }

    @Test
    void aRequestFromAnUnlistedOriginIsRefusedAndChangesNothing() {
        Session session = server.session(listed);

        Reply reply = server.request("POST", "/v1/workspaces/" + listed + "/identify")
                .bearer(session.token())
                .header("Origin", EVIL)
                .json("{\"name\":\"Mallory\"}")
                .send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(server.me(session).json().path("name").isNull()).isTrue();
    }

    @Test
    void aProblemOnABrowserPathIsReadableByTheAllowedOrigin() {
        Session session = server.session(listed);

        Reply reply = server.request("POST", "/v1/workspaces/" + listed + "/identify")
                .bearer(session.token())
                .header("Origin", SHOP)
                .json("{not json")
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains(SHOP);
    }

    @Test
    void anUnknownWorkspaceIsReadableFromAnyOrigin() {
        Reply reply = server.request("POST", "/v1/workspaces/ws_nope/visitors")
                .header("Origin", SHOP)
                .send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void aCallWithoutAnOriginGetsNoCorsHeaders() {
        Reply reply = server.post("/v1/workspaces/" + listed + "/visitors", null, "");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void adminEndpointsGetNoCorsHeaders() {
        Reply reply = server.request("GET", "/v1/workspaces/" + anyOrigin)
                .bearer(TestServer.ROOT)
                .header("Origin", SHOP)
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.request("OPTIONS", "/v1/workspaces/" + anyOrigin)
                        .header("Origin", SHOP)
                        .send()
                        .header("Access-Control-Allow-Origin"))
                .isEmpty();
    }
}
