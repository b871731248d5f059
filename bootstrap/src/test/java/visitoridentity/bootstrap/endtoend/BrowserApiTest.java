package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The browser-facing endpoints, over HTTP against the real server. */
class BrowserApiTest {
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

    @Test
    void startingAVisitorAnswers201WithItsIdsAndAToken() {
        Response started = server.api.post(site.path("/visitors"), null, "");

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.text("/visitorId")).isNotBlank();
        assertThat(started.text("/anonymousId")).isNotBlank();
        assertThat(started.text("/visitorToken")).isNotBlank();
    }

    @Test
    void identifyAnswersTheIdentityResult() {
        Browser browser = site.newBrowser();

        Response result = site.identify(
                browser,
                json(
                        "externalId", "user_1",
                        "email", "Jane@Example.com",
                        "name", "Jane Doe",
                        "phone", "+1 (415) 555-0100",
                        "avatarUrl", "https://example.com/jane.png",
                        "tag", "pro",
                        "metadata", object("plan", "pro", "seats", 3)));

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.text("/id")).isEqualTo(browser.visitorId());
        assertThat(result.text("/anonymousUserId")).isEqualTo(browser.anonymousId());
        assertThat(result.text("/externalId")).isEqualTo("user_1");
        assertThat(result.text("/email")).isEqualTo("jane@example.com");
        assertThat(result.text("/name")).isEqualTo("Jane Doe");
        assertThat(result.text("/phone")).isEqualTo("+14155550100");
        assertThat(result.text("/avatarUrl")).isEqualTo("https://example.com/jane.png");
        assertThat(result.text("/tag")).isEqualTo("pro");
        assertThat(result.json().get("metadata").toString()).isEqualTo("{\"plan\":\"pro\",\"seats\":3}");
        assertThat(result.json().get("hmacVerified").asBoolean()).isFalse();
        assertThat(result.text("/claimTrust/externalId")).isEqualTo("trusted");
        assertThat(result.text("/claimTrust/email")).isEqualTo("trusted");
        assertThat(result.text("/claimTrust/phone")).isEqualTo("trusted");
        assertThat(result.text("/contactId")).isNotBlank();
        assertThat(result.json().get("warnings").isArray()).isTrue();
    }

    @Test
    void meShowsTheSessionsIdentity() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "user_me", "name", "Me"));

        Response me = site.me(browser);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("/id")).isEqualTo(browser.visitorId());
        assertThat(me.text("/externalId")).isEqualTo("user_me");
        assertThat(me.text("/name")).isEqualTo("Me");
    }

    @Test
    void contextShowsTheTrustedClaimsAndTheMetadata() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "user_ctx", "email", "ctx@example.com", "metadata", object("a", 1)));

        Response context = site.context(browser);

        assertThat(context.status()).isEqualTo(200);
        assertThat(context.text("/visitorId")).isEqualTo(browser.visitorId());
        assertThat(context.text("/externalId")).isEqualTo("user_ctx");
        assertThat(context.text("/email")).isEqualTo("ctx@example.com");
        assertThat(context.text("/phone")).isNull();
        assertThat(context.json().get("metadata").toString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void anOmittedFieldKeepsItsValueAndANullClearsIt() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("name", "Jane", "tag", "pro"));

        Response result = site.identify(browser, json("tag", null));

        assertThat(result.text("/name")).isEqualTo("Jane");
        assertThat(result.text("/tag")).isNull();
    }

    @Test
    void metadataMergesByDefaultAndANullValueRemovesItsKey() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("metadata", object("a", 1, "b", 2)));

        Response result = site.identify(browser, json("metadata", object("b", null, "c", 3)));

        assertThat(result.json().get("metadata").toString()).isEqualTo("{\"a\":1,\"c\":3}");
    }

    @Test
    void replaceModeKeepsExactlyThePatchAndTheModeIsReadInAnyCase() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("metadata", object("a", 1, "b", 2)));

        Response result = site.identify(browser, json("metadata", object("c", 3), "metadataMode", "REPLACE"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("metadata").toString()).isEqualTo("{\"c\":3}");
    }

    @Test
    void aPreflightFromAnyOriginIsAnsweredWhenTheWorkspaceListsNone() {
        Response preflight = preflight(site, "https://anywhere.example");

        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.header("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers").orElse("").toLowerCase(Locale.ROOT))
                .contains("authorization")
                .contains("content-type");
    }

    @Test
    void aPreflightFromAnAllowedOriginEchoesIt() {
        Site shop = server.newSiteOf(json("name", "Listed", "allowedOrigins", List.of("https://shop.example.com")));

        Response preflight = preflight(shop, "https://shop.example.com");

        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains("https://shop.example.com");
    }

    @Test
    void aPreflightFromAnOriginNotListedGetsNoPermission() {
        Site shop = server.newSiteOf(json("name", "Listed", "allowedOrigins", List.of("https://shop.example.com")));

        Response preflight = preflight(shop, "https://evil.example");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anActualCallFromAnAllowedOriginCarriesTheCorsHeader() {
        Site shop = server.newSiteOf(json("name", "Listed", "allowedOrigins", List.of("https://shop.example.com")));

        Response started = server.api.send(
                "POST", shop.path("/visitors"), Map.of("Origin", "https://shop.example.com"), BodyPublishers.noBody());

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.header("Access-Control-Allow-Origin")).contains("https://shop.example.com");
    }

    private static Response preflight(Site target, String origin) {
        return server.api.send(
                "OPTIONS",
                target.path("/identify"),
                Map.of(
                        "Origin", origin,
                        "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "authorization, content-type"),
                BodyPublishers.noBody());
    }
}
