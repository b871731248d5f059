package visitoridentity.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.application.fake.TestHmac;

/**
 * A workspace of a {@link TestServer}, with the signing secret it was created with: it starts
 * sessions, signs with an HMAC written apart from the production code, and calls a dialect's routes.
 */
public record TestWorkspace(TestServer server, String id, String signingSecret) {

    /** A workspace in a verification mode ({@code disabled}, {@code optional}, {@code required}). */
    public static TestWorkspace inMode(TestServer server, String verificationMode) {
        return withSettings(server, "{\"name\":\"Shop\",\"verificationMode\":\"" + verificationMode + "\"}");
    }

    public static TestWorkspace withSettings(TestServer server, String settingsJson) {
        JsonNode created = server.createWorkspace(settingsJson);
        return new TestWorkspace(
                server,
                created.path("id").asText(),
                created.path("signingSecret").asText());
    }

    public Session session() {
        return server.session(id);
    }

    /** HMAC-SHA256 of the message's UTF-8 bytes with the workspace's secret, lower-case hex. */
    public String sign(String message) {
        return TestHmac.hex(signingSecret, message);
    }

    /** {@code POST /compat/{vendor}/{ws}{path}} with the session's visitor token. */
    public Reply post(String vendor, String path, Session session, String json) {
        return server.post(compat(vendor, path), session.token(), json);
    }

    /** {@code GET /compat/{vendor}/{ws}{path}} with the session's visitor token. */
    public Reply get(String vendor, String path, Session session) {
        return server.get(compat(vendor, path), session.token());
    }

    public String compat(String vendor, String path) {
        return "/compat/" + vendor + "/" + id + path;
    }

    /** The session's visitor as the native API shows it. */
    public JsonNode me(Session session) {
        return server.me(session).json();
    }

    /** The session's trusted context as the native API shows it. */
    public JsonNode context(Session session) {
        return server.get("/v1/workspaces/" + id + "/visitors/me/context", session.token())
                .json();
    }
}
