package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * What the console added to the HTTP API, over HTTP against the real server: the root token's
 * workspace list, the name-prefix search, the signature tester, and the console's own files.
 */
class ConsoleApiTest {
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = server.api;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRootTokenListsEveryWorkspaceWithoutASecret() {
        Site first = server.newSite("optional");
        Site second = server.newSite("required");

        Response listed = api.get("/v1/workspaces", TestServer.ROOT_TOKEN);

        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.texts("/workspaces")).isNotNull();
        assertThat(listed.body()).contains(first.id, second.id).doesNotContain(first.signingSecret, first.adminKey);
        assertThat(listed.json().get("workspaces").findValuesAsText("id")).isSorted();
    }

    @Test
    void aWorkspaceAdminKeyCannotListTheWorkspaces() {
        Site site = server.newSite("optional");

        Response listed = api.get("/v1/workspaces", site.adminKey);

        assertThat(listed.status()).isEqualTo(401);
        assertThat(listed.code()).isEqualTo("unauthorized");
        assertThat(listed.body()).doesNotContain(site.id);
    }

    @Test
    void namePrefixFindsTheNamesThatStartWithItIgnoringCase() {
        Site site = server.newSite("disabled");
        String jane = identified(site, "Jane Doe");
        String janet = identified(site, "janet Smith");
        identified(site, "Mary Jane");

        Response found = site.visitors("?namePrefix=JAN");

        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.visitorIds()).containsExactlyInAnyOrder(jane, janet);
    }

    @Test
    void namePrefixWildcardsMatchOnlyThemselves() {
        Site site = server.newSite("disabled");
        String percent = identified(site, "100% Jane");
        identified(site, "1000 Janes");

        assertThat(site.visitors("?namePrefix=100%25").visitorIds()).containsExactly(percent);
        assertThat(site.visitors("?namePrefix=_").visitorIds()).isEmpty();
    }

    @Test
    void namePrefixPagesLikeEveryOtherFilter() {
        Site site = server.newSite("disabled");
        for (int i = 0; i < 3; i++) {
            identified(site, "Pat " + i);
        }

        Response first = site.visitors("?namePrefix=pat&limit=2");
        Response second = site.visitors("?namePrefix=pat&limit=2&cursor=" + first.text("/nextCursor"));

        assertThat(first.visitorIds()).hasSize(2);
        assertThat(second.visitorIds()).hasSize(1).doesNotContainAnyElementsOf(first.visitorIds());
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aNamePrefixLongerThanANameIsRefusedAtItsField() {
        Site site = server.newSite("disabled");

        Response refused = site.visitors("?namePrefix=" + "a".repeat(256));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-field");
        assertThat(refused.text("/field")).isEqualTo("namePrefix");
    }

    @Test
    void aNamePrefixNeverFindsAnotherWorkspacesVisitors() {
        Site mine = server.newSite("disabled");
        Site theirs = server.newSite("disabled");
        identified(theirs, "Zelda Other");

        assertThat(mine.visitors("?namePrefix=zelda").visitorIds()).isEmpty();
    }

    @Test
    void theTesterSaysASignatureOverTheNormalFormVerifiesWithTheActiveKey() {
        Site site = server.newSite("required");

        Response checked = check(site, "externalId", "user_123", site.sign("user_123"));

        assertThat(checked.status()).as("%s", checked).isEqualTo(200);
        assertThat(checked.json().get("verifies").asBoolean()).isTrue();
        assertThat(checked.text("/outcome")).isEqualTo("verified-normal-form");
        assertThat(checked.text("/form")).isEqualTo("normalized");
        assertThat(checked.text("/key/status")).isEqualTo("active");
    }

    @Test
    void theTesterSaysASignatureOverTheAsSentFormAloneProvesNothing() {
        Site site = server.newSite("required");

        Response checked = check(site, "email", " Jane@Example.com", site.sign(" Jane@Example.com"));

        assertThat(checked.json().get("verifies").asBoolean()).isFalse();
        assertThat(checked.text("/outcome")).isEqualTo("matched-as-sent-only");
        assertThat(checked.text("/form")).isEqualTo("as-sent");
        assertThat(checked.text("/normalizedValue")).isEqualTo("jane@example.com");
        assertThat(checked.text("/detail")).contains("sign the normalized value");
    }

    @Test
    void theTesterNamesAPreviousKeyStillInItsGrace() {
        Site site = server.newSite("required");
        String oldSignature = site.sign("user_123");
        assertThat(site.rotateKey(3600).status()).isEqualTo(201);

        Response checked = check(site, "externalId", "user_123", oldSignature);

        assertThat(checked.json().get("verifies").asBoolean()).isTrue();
        assertThat(checked.text("/key/status")).isEqualTo("previous");
        assertThat(checked.text("/key/validUntil")).isNotBlank();
    }

    @Test
    void theTesterMatchesNothingWithARetiredKeyOrAnotherSecret() {
        Site site = server.newSite("required");
        String oldSignature = site.sign("user_123");
        site.rotateKey(0);

        Response retired = check(site, "externalId", "user_123", oldSignature);
        Response foreign = check(site, "externalId", "user_123", TestHmac.hex("whsec_someone_else_00", "user_123"));

        assertThat(retired.text("/outcome")).isEqualTo("no-match");
        assertThat(retired.json().get("key").isNull()).isTrue();
        assertThat(foreign.text("/outcome")).isEqualTo("no-match");
    }

    @Test
    void theTesterCallsASignatureThatIsNotHexMalformed() {
        Site site = server.newSite("required");

        Response checked = check(site, "phone", "+14155550123", "not-hex");

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text("/outcome")).isEqualTo("malformed");
        assertThat(checked.text("/normalizedValue")).isEqualTo("+14155550123");
    }

    @Test
    void theTesterRefusesAnInvalidValueAtTheValueField() {
        Site site = server.newSite("required");

        Response refused = check(site, "email", "not an email", "00".repeat(32));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-field");
        assertThat(refused.text("/field")).isEqualTo("value");
    }

    @Test
    void theTesterRefusesAnUnknownClaim() {
        Site site = server.newSite("required");

        Response refused = check(site, "password", "x", "00".repeat(32));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("claim");
    }

    @Test
    void theTesterNeedsThatWorkspacesKey() {
        Site mine = server.newSite("required");
        Site theirs = server.newSite("required");

        Response refused = api.post(
                mine.path("/signature-checks"),
                theirs.adminKey,
                json("claim", "externalId", "value", "user_123", "signature", mine.sign("user_123")));

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void theConsolePageIsServedUnderAStrictContentSecurityPolicyWithoutACookie() {
        Response page = api.get("/console", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.header("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/console.js\"></script>");
        assertThat(page.body()).doesNotContainPattern("<script>|<style|style=");
    }

    @Test
    void eachConsoleFileHasItsContentTypeAndAnEtagThatAnswers304() {
        for (Map.Entry<String, String> file : Map.of(
                        "/console/console.js", "text/javascript",
                        "/console/console.css", "text/css",
                        "/console/index.html", "text/html")
                .entrySet()) {
            Response served = api.get(file.getKey(), null);
            String etag = served.header("ETag").orElseThrow();

            Response again = api.send("GET", file.getKey(), Map.of("If-None-Match", etag), BodyPublishers.noBody());

            assertThat(served.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith(file.getValue()));
            assertThat(again.status()).as(file.getKey()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void nothingButTheConsolesOwnFilesIsServedUnderConsole() {
        for (String path : List.of(
                "/console/missing.js",
                "/console/..%2Fopenapi.json",
                "/console/visitoridentity.properties",
                "/console/logback.xml")) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(404);
        }
    }

    private static Response check(Site site, String claim, String value, String signature) {
        return api.post(
                site.path("/signature-checks"),
                site.adminKey,
                json("claim", claim, "value", value, "signature", signature));
    }

    /** A new visitor of that name (the site's workspace is disabled: no signature needed). */
    private static String identified(Site site, String name) {
        Browser browser = site.newBrowser();
        Response identified = site.identify(browser, json("name", name));
        assertThat(identified.status()).as("%s", identified).isEqualTo(200);
        return identified.text("/id");
    }
}
