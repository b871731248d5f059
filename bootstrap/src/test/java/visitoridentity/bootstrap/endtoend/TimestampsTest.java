package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * Every instant the API writes has one form, milliseconds in UTC with a {@code Z}, and reads the
 * same in the answer that creates a record as in every later read (the clock keeps nanoseconds,
 * the database microseconds).
 */
class TimestampsTest {
    private static final String MILLISECONDS_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

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
    void aWorkspaceIsCreatedAtTheSameMillisecondInTheCreateAnswerAndInAGet() {
        Response created = api.post("/v1/workspaces", TestServer.ROOT_TOKEN, json("name", "Shop"));
        Response shown = api.get("/v1/workspaces/" + created.text("/id"), TestServer.ROOT_TOKEN);

        assertThat(created.text("/createdAt")).matches(MILLISECONDS_UTC);
        assertThat(shown.text("/createdAt")).isEqualTo(created.text("/createdAt"));
    }

    @Test
    void aVisitorsAndAContactsInstantsAreMillisecondsInUtc() {
        Site site = server.newSite("disabled");
        Browser browser = site.newBrowser();
        Response identified = site.identify(browser, json("externalId", "user_1", "email", "jane@example.com"));
        assertThat(identified.status()).as("%s", identified).isEqualTo(200);

        Response visitor = site.visitor(browser.visitorId());

        assertThat(visitor.text("/createdAt")).matches(MILLISECONDS_UTC);
        assertThat(visitor.text("/updatedAt")).matches(MILLISECONDS_UTC);
        assertThat(visitor.text("/lastSeenAt")).matches(MILLISECONDS_UTC);
        assertThat(site.contact(visitor.text("/contactId")).text("/createdAt")).matches(MILLISECONDS_UTC);
    }

    @Test
    void aRotatedKeysGraceEndsAtAMillisecondInUtc() {
        Site site = server.newSite("required");

        Response rotated = site.rotateKey(60);

        assertThat(rotated.text("/previousKeyValidUntil")).matches(MILLISECONDS_UTC);
    }
}
