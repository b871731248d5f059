package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * An administrator erases a visitor while its browser keeps identifying, each identify associating
 * the visitor's contact by email: whichever wins, every answer is the caller's to understand (200,
 * 401 once the erasure revoked the token, 404, 409, or 503 with a retry) and never a 500, and once
 * both are done the visitor is gone.
 */
class EraseDuringIdentifyTest {
    private static final Set<Integer> UNDERSTOOD = Set.of(200, 204, 401, 404, 409, 503);
    private static final int ROUNDS = 15;
    private static final int IDENTIFIES_PER_ROUND = 6;

    static Stream<Arguments> engines() {
        return Stream.of(
                Arguments.of("H2", (Supplier<TestServer>) TestServer::start),
                Arguments.of("PostgreSQL", (Supplier<TestServer>) TestServer::onPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anErasureRacingIdentifiesIsNeverAServerError(String engine, Supplier<TestServer> servers) throws Exception {
        try (TestServer server = servers.get()) {
            Site site = server.newSite("disabled");
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    race(site, threads, round);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static void race(Site site, ExecutorService threads, int round) throws Exception {
        Browser browser = site.newBrowser();
        String email = "racer" + round + "@example.com";
        Response first = browser.follow(site.identify(browser, json("externalId", "racer_" + round, "email", email)));
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        String visitorId = browser.visitorId();

        CountDownLatch start = new CountDownLatch(1);
        Future<List<Response>> identifies = threads.submit(() -> {
            start.await();
            List<Response> answers = new ArrayList<>();
            for (int i = 0; i < IDENTIFIES_PER_ROUND; i++) {
                answers.add(browser.follow(site.identify(
                        browser, json("externalId", "racer_" + round, "email", email, "name", "Racer " + i))));
            }
            return answers;
        });
        Future<Response> erasure = threads.submit(() -> {
            start.await();
            return site.erase(visitorId);
        });
        start.countDown();

        List<Response> answers = new ArrayList<>(identifies.get());
        answers.add(erasure.get());
        assertThat(answers)
                .as("round %d", round)
                .allSatisfy(answer -> assertThat(UNDERSTOOD).as("%s", answer).contains(answer.status()));
        assertThat(site.visitor(visitorId).status()).isIn(200, 404);
        Response erasedAgain = site.erase(visitorId);
        assertThat(erasedAgain.status()).as("%s", erasedAgain).isIn(204, 404);
        assertThat(site.visitor(visitorId).status()).isEqualTo(404);
    }
}
