package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The shipped vendor dialects are mounted by the real wiring, each under /compat/{vendor}/{ws}. */
class DialectsOverHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyShippedDialectIsMounted() {
        Response openApi = server.api.get("/openapi.json", null);

        assertThat(openApi.json().get("paths").has("/compat/repai/{ws}/identify"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/chatbase/{ws}/identify"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/nexvio/{ws}/action-context"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/botbrains/{ws}/user.identify"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/chatsdk/{ws}/identify"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/intercom/{ws}/boot"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/zendesk/{ws}/login"))
                .isTrue();
    }

    @Test
    void aChatbaseIdentifyWithItsUserHashReachesTheActionContext() {
        Site site = server.newSite("required");
        Browser browser = site.newBrowser();

        Response identified = server.api.post(
                "/compat/chatbase/" + site.id + "/identify",
                browser.token(),
                json(
                        "user_id",
                        "user_123",
                        "user_hash",
                        site.sign("user_123"),
                        "user_metadata",
                        Api.object("plan", "pro")));
        Response context = server.api.get("/compat/chatbase/" + site.id + "/action-context", browser.token());

        assertThat(identified.status()).isEqualTo(200);
        assertThat(identified.json().get("hmacVerified").asBoolean()).isTrue();
        assertThat(context.status()).isEqualTo(200);
        assertThat(context.text("/user_id")).isEqualTo("user_123");
    }

    @Test
    void aBotbrainsIdentifyWithAWrongSignatureIsRefusedInRequiredMode() {
        Site site = server.newSite("required");
        Browser browser = site.newBrowser();

        Response refused = server.api.post(
                "/compat/botbrains/" + site.id + "/user.identify",
                browser.token(),
                json("external_id", "user_123", "external_id_signature", site.sign("someone_else")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("/code")).isEqualTo("signature-invalid");
    }
}
