package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * The visitor token's lifecycle over real HTTP against the real server, on a clock the test moves:
 * expiry (idle and absolute, set through the environment), logout, the administrator's revoke,
 * erasure, each seen through the native API and through every shipped dialect; the token's rotation
 * when identify moves the device to another visitor (the copied-token attack, every dialect, racing
 * identifies); the headers every answer carries; tokens refused in URLs. Runs on each database engine, one server per engine; the
 * clock only moves forward and each test starts its own browsers in a workspace of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionsOverHttpContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private TestServer server;
    private Site site;

    /** The database settings of the engine under test (none for the default H2 file database). */
    protected abstract Map<String, String> databaseSettings();

    @BeforeAll
    void startServer() {
        Map<String, String> settings = new HashMap<>(databaseSettings());
        settings.put("VISITOR_IDENTITY_SESSION_IDLE", "2h");
        settings.put("VISITOR_IDENTITY_SESSION_MAX", "1d");
        server = TestServer.startAt(clock, settings);
    }

    @BeforeEach
    void newSite() {
        site = server.newSite("disabled");
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** {@code alg: none}, {@code {"scope":"user","external_id":"user_1","exp":4102444800}}. */
    private static final String UNSIGNED_ZENDESK_USER =
            "eyJhbGciOiJub25lIn0.eyJzY29wZSI6InVzZXIiLCJleHRlcm5hbF9pZCI6InVzZXJfMSIsImV4cCI6NDEwMjQ0NDgwMH0.";

    /** Each dialect's identify call, as a path under its mount and a body it accepts. */
    static List<List<String>> dialectIdentifies() {
        return List.of(
                List.of("repai", "/identify", json("id", "user_1", "data", Api.object("email", "jane@example.com"))),
                List.of("chatbase", "/identify", json("user_id", "user_1")),
                List.of("nexvio", "/identify", json("user_id", "user_1")),
                List.of("botbrains", "/user.identify", json("external_id", "user_1")),
                List.of("chatsdk", "/identify", json("name", "Jane")),
                List.of("intercom", "/boot", json("user_id", "user_1")),
                // a readable token is enough here: the workspaces of these tests are disabled
                List.of("zendesk", "/login", json("jwt", UNSIGNED_ZENDESK_USER)));
    }

    @Test
    void aTokenUnusedForTheIdleLimitIsSessionExpired() {
        Browser browser = site.newBrowser();
        clock.advance(Duration.ofMinutes(119));
        assertThat(site.me(browser).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(119));
        assertThat(site.me(browser).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        Response expired = site.me(browser);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("session-expired");
        assertThat(expired.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void aTokenUsedAllDayExpiresAtTheAbsoluteLimit() {
        Browser browser = site.newBrowser();
        for (int hour = 1; hour < 24; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(site.identify(browser, json("name", "Jane")).status()).isEqualTo(200);
        }

        clock.advance(Duration.ofHours(1));

        assertThat(site.identify(browser, json("name", "Jane")).code()).isEqualTo("session-expired");
        assertThat(site.context(browser).code()).isEqualTo("session-expired");
    }

    @Test
    void logoutAnswers204AndEveryLaterUseIsSessionRevoked() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "user_1"));

        Response logout = site.logout(browser);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(site.me(browser).code()).isEqualTo("session-revoked");
        assertThat(site.identify(browser, json("name", "Mallory")).code()).isEqualTo("session-revoked");
        assertThat(site.logout(browser).code()).isEqualTo("session-revoked");
        Response kept = site.visitor(browser.visitorId());
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.texts("/anonymousIds")).contains(browser.anonymousId());
    }

    @Test
    void theAdministratorRevokesEverySessionOfAVisitor() {
        Browser laptop = site.newBrowser();
        Browser phone = site.newBrowser();
        Browser someoneElse = site.newBrowser();
        String visitorId = site.identify(laptop, json("externalId", "user_1")).text("/id");
        site.identify(phone, json("externalId", "user_1"));

        Response revoked = site.revokeSessions(visitorId);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(site.me(laptop).code()).isEqualTo("session-revoked");
        assertThat(site.me(phone).code()).isEqualTo("session-revoked");
        assertThat(site.me(someoneElse).status()).isEqualTo(200);
        assertThat(site.revokeSessions("v_unknown").code()).isEqualTo("not-found");
        assertThat(server.api
                        .post(site.path("/visitors/" + visitorId + "/sessions/revoke"), laptop.token(), "")
                        .code())
                .isEqualTo("unauthorized");
    }

    @Test
    void erasureRevokesTheVisitorsTokens() {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "user_1"));

        site.erase(browser.visitorId());

        assertThat(site.me(browser).code()).isEqualTo("session-revoked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialectIdentifies")
    void aLoggedOutTokenIsSessionRevokedThroughEveryDialect(List<String> dialect) {
        Browser browser = site.newBrowser();
        assertThat(identifyThrough(dialect, browser).status()).isEqualTo(200);

        site.logout(browser);

        Response refused = identifyThrough(dialect, browser);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("session-revoked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialectIdentifies")
    void anAdministratorsRevokeReachesEveryDialect(List<String> dialect) {
        Browser browser = site.newBrowser();

        site.revokeSessions(browser.visitorId());

        assertThat(identifyThrough(dialect, browser).code()).isEqualTo("session-revoked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialectIdentifies")
    void anExpiredTokenIsSessionExpiredThroughEveryDialect(List<String> dialect) {
        Browser browser = site.newBrowser();

        clock.advance(Duration.ofHours(2));

        assertThat(identifyThrough(dialect, browser).code()).isEqualTo("session-expired");
    }

    @Test
    void everyAnswerForbidsCachingAndReferrers() {
        Browser browser = site.newBrowser();
        List<Response> answers = List.of(
                site.me(browser),
                site.identify(browser, json("name", "Jane")),
                site.logout(browser),
                site.me(browser),
                site.visitor(browser.visitorId()),
                server.api.get("/health/live", null),
                server.api.get("/no/such/endpoint", null));
        for (Response answer : answers) {
            assertThat(answer.header("Referrer-Policy")).as("%s", answer).contains("no-referrer");
            assertThat(answer.header("Cache-Control")).as("%s", answer).contains("no-store");
        }
    }

    @Test
    void aVisitorTokenInTheQueryStringIsRefused() {
        Browser browser = site.newBrowser();

        Response named = server.api.get(site.path("/visitors/me?token=" + browser.token()), null);
        Response disguised = server.api.get(site.path("/visitors/me?q=" + browser.token()), browser.token());
        Response admin = server.api.get(site.path("/visitors?access_token=x"), site.adminKey);

        assertThat(named.status()).isEqualTo(400);
        assertThat(named.code()).isEqualTo("invalid-field");
        assertThat(named.json().get("field").asText()).isEqualTo("token");
        assertThat(disguised.code()).isEqualTo("invalid-field");
        assertThat(admin.code()).isEqualTo("invalid-field");
        assertThat(site.me(browser).status()).isEqualTo(200);
    }

    @Test
    void aBrowserMayLogOutAcrossOriginsAndReadTheRotatedTokenHeader() {
        Browser browser = site.newBrowser();
        Response preflight = server.api.send(
                "OPTIONS",
                site.path("/visitors/me/session"),
                Map.of("Origin", "https://shop.example.com", "Access-Control-Request-Method", "DELETE"),
                BodyPublishers.noBody());
        Response identified = server.api.send(
                "POST",
                "/compat/chatbase/" + site.id + "/identify",
                Map.of(
                        "Origin", "https://shop.example.com",
                        "Authorization", "Bearer " + browser.token(),
                        "Content-Type", "application/json"),
                BodyPublishers.ofString(json("user_id", "user_1")));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow())
                .contains("DELETE");
        assertThat(identified.header("Access-Control-Expose-Headers")).contains("X-Visitor-Token");
    }

    /** Each dialect's identify call claiming another user than the one the device holds. */
    static List<List<String>> dialectSwitches() {
        return List.of(
                List.of("repai", "/identify", json("id", "bob", "data", Api.object("email", "bob@example.com"))),
                List.of("chatbase", "/identify", json("user_id", "bob")),
                List.of("nexvio", "/identify", json("user_id", "bob")),
                List.of("botbrains", "/user.identify", json("external_id", "bob")),
                List.of("chatsdk", "/identify", json("externalId", "bob")));
    }

    @Test
    void aTokenCopiedWhileAliceWasSignedInCannotReadBobAfterHeSignsInOnTheDevice() {
        Browser shared = site.newBrowser();
        site.identify(shared, json("externalId", "alice", "email", "alice@example.com"));
        String copied = shared.token();

        Response bobSignsIn = site.identify(shared, json("externalId", "bob", "email", "bob@example.com"));

        assertThat(bobSignsIn.status()).isEqualTo(200);
        String fresh = bobSignsIn.text("/visitorToken");
        assertThat(fresh).isNotBlank().isNotEqualTo(copied);
        assertThat(bobSignsIn.header("X-Visitor-Token")).contains(fresh);
        for (Response refused : List.of(
                server.api.get(site.path("/visitors/me"), copied),
                server.api.get(site.path("/visitors/me/context"), copied),
                server.api.post(site.path("/identify"), copied, json("name", "Mallory")),
                server.api.post("/compat/chatbase/" + site.id + "/identify", copied, json("user_id", "bob")),
                server.api.get("/compat/chatbase/" + site.id + "/action-context", copied),
                server.api.delete(site.path("/visitors/me/session"), copied))) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(401);
            assertThat(refused.code()).as("%s", refused).isEqualTo("session-revoked");
            assertThat(refused.body()).doesNotContain("bob");
        }
        Response bob = server.api.get(site.path("/visitors/me"), fresh);
        assertThat(bob.text("/externalId")).isEqualTo("bob");
        assertThat(bob.text("/email")).isEqualTo("bob@example.com");
    }

    @Test
    void aMergeIntoAKnownVisitorRotatesTheToken() {
        Browser laptop = site.newBrowser();
        String known = site.identify(laptop, json("externalId", "user_1")).text("/id");
        Browser phone = site.newBrowser();

        Response merged = site.identify(phone, json("externalId", "user_1"));

        assertThat(merged.text("/id")).isEqualTo(known);
        assertThat(merged.text("/visitorToken")).isEqualTo(phone.token()).isNotEqualTo(phone.startToken());
        assertThat(server.api.get(site.path("/visitors/me"), phone.startToken()).code())
                .isEqualTo("session-revoked");
        assertThat(site.me(phone).text("/id")).isEqualTo(known);
    }

    @Test
    void anIdentifyThatKeepsTheDeviceWhereItIsKeepsItsTokenAndAnswersNoNewOne() {
        Browser browser = site.newBrowser();

        Response first = site.identify(browser, json("externalId", "user_1"));
        Response again = site.identify(browser, json("externalId", "user_1", "name", "Jane"));

        for (Response answer : List.of(first, again)) {
            assertThat(answer.json().has("visitorToken")).as("%s", answer).isFalse();
            assertThat(answer.header("X-Visitor-Token")).isEmpty();
        }
        assertThat(browser.token()).isEqualTo(browser.startToken());
        assertThat(site.me(browser).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialectSwitches")
    void aSwitchThroughEveryDialectHandsTheFreshTokenInTheHeaderAndLeavesTheBodyAsTheVendorShapesIt(
            List<String> dialect) {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "alice"));
        String before = browser.token();

        Response switched = identifyThrough(dialect, browser);

        assertThat(switched.status()).as("%s", switched).isEqualTo(200);
        String fresh = switched.header("X-Visitor-Token").orElseThrow();
        assertThat(fresh).isNotEqualTo(before);
        assertThat(switched.body()).doesNotContain("visitorToken").doesNotContain(fresh);
        assertThat(identifyThrough(dialect, browser).code()).isEqualTo("session-revoked");
        Response now = server.api.get(site.path("/visitors/me"), fresh);
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.text("/externalId")).isEqualTo("bob");
    }

    @Test
    void identifiesOfOneDeviceRacingToSwitchLeaveOneWinnerAndOneLiveToken() throws Exception {
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "alice"));
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (int r = 0; r < racers; r++) {
                String body = json("externalId", "user_" + r);
                calls.add(pool.submit(() -> {
                    start.await();
                    return server.api.post(site.path("/identify"), browser.token(), body);
                }));
            }
            start.countDown();
            for (Future<Response> call : calls) {
                answers.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> won = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(won).as("%s", answers).hasSize(1);
        assertThat(answers)
                .filteredOn(a -> a.status() != 200)
                .allSatisfy(lost -> assertThat(lost.code()).isEqualTo("session-revoked"));
        String fresh = won.get(0).text("/visitorToken");
        Response now = server.api.get(site.path("/visitors/me"), fresh);
        assertThat(now.text("/externalId")).isEqualTo(won.get(0).text("/externalId"));
        assertThat(server.api.get(site.path("/visitors/me"), browser.token()).code())
                .isEqualTo("session-revoked");
        assertThat(IntStream.range(0, racers)
                        .map(r -> site.visitors("?externalId=user_" + r)
                                .visitorIds()
                                .size())
                        .sum())
                .as("only the winner's user exists")
                .isEqualTo(1);
    }

    private Response identifyThrough(List<String> dialect, Browser browser) {
        return server.api.post(
                "/compat/" + dialect.get(0) + "/" + site.id + dialect.get(1), browser.token(), dialect.get(2));
    }
}
