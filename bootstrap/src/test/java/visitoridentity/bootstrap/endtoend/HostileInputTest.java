package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The hygiene attacks: each is refused with its own problem, and changes nothing. */
class HostileInputTest {
    private static TestServer server;
    private static Site site;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        site = server.newSite("disabled");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/visitors/me", "/visitors/me/context", "", "/visitors"})
    void headWithoutCredentialsIsUnauthorizedLikeGet(String suffix) {
        Response head = server.api.send("HEAD", site.path(suffix), Map.of(), BodyPublishers.noBody());
        Response get = server.api.get(site.path(suffix), null);

        assertThat(get.status()).isEqualTo(401);
        assertThat(head.status()).isEqualTo(401);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void headWithTheRightCredentialIsAnsweredLikeGetWithoutABody() {
        Browser browser = site.newBrowser();

        Response head = server.api.send(
                "HEAD",
                site.path("/visitors/me"),
                Map.of("Authorization", "Bearer " + browser.token()),
                BodyPublishers.noBody());

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anOverlongUtf8NameIsInvalidJsonAndNotStoredAsAlice() {
        Browser browser = site.newBrowser();
        byte[] prefix = "{\"name\":\"alic".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC1;
        body[prefix.length + 1] = (byte) 0xA5;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';

        Response refused = identifyWithBytes(browser, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-json");
        assertThat(site.me(browser).text("/name")).isNull();
    }

    @Test
    void utf16AndUtf32BodiesAreInvalidJson() {
        Browser browser = site.newBrowser();
        for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            Response refused = identifyWithBytes(browser, json("name", "alice").getBytes(Charset.forName(charset)));

            assertThat(refused.status()).as(charset).isEqualTo(400);
            assertThat(refused.code()).as(charset).isEqualTo("invalid-json");
        }
        assertThat(site.me(browser).text("/name")).isNull();
    }

    @Test
    void aThreeThousandCharacterOriginIsAClientErrorNotAServerError() {
        Response refused = site.settings(json("allowedOrigins", List.of("https://" + "a".repeat(3_000) + ".example")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-field");
        assertThat(refused.text("/field")).isEqualTo("allowedOrigins");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example:0", "https://shop.example:99999"})
    void anOriginPortOutsideOneTo65535IsRefused(String origin) {
        Response refused = site.settings(json("allowedOrigins", List.of(origin)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-field");
    }

    @Test
    void aDefaultPortIsStoredAsTheBrowserSendsTheOrigin() {
        Site shop = server.newSite("disabled");

        Response changed = shop.settings(json("allowedOrigins", List.of("https://shop.example:443")));
        Response call = server.api.send(
                "POST", shop.path("/visitors"), Map.of("Origin", "https://shop.example"), BodyPublishers.noBody());

        assertThat(changed.texts("/allowedOrigins")).containsExactly("https://shop.example");
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.header("Access-Control-Allow-Origin")).contains("https://shop.example");
    }

    private static Response identifyWithBytes(Browser browser, byte[] body) {
        return server.api.send(
                "POST",
                site.path("/identify"),
                Map.of("Authorization", "Bearer " + browser.token(), "Content-Type", "application/json"),
                BodyPublishers.ofByteArray(body));
    }
}
