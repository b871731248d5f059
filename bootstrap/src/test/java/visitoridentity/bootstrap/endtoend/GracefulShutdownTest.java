package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * Stopping, as the SIGTERM hook does, lets the requests in flight finish, database work included,
 * before the connection pool closes.
 */
class GracefulShutdownTest {

    @Test
    void aRequestWaitingOnTheDatabaseWhenTheServerStopsIsAnsweredInFull() throws Exception {
        TestServer server = TestServer.start();
        Site site = server.newSite("disabled");
        Browser browser = site.newBrowser();
        // Same JVM, same URL: this connection joins the server's H2 database and holds the visitor's
        // row, so the identify below stays in flight until the row is let go.
        try (Connection blocker =
                DriverManager.getConnection(DataSources.defaultH2Url(server.dataDirectory()), "", "")) {
            blocker.setAutoCommit(false);
            lockVisitorRow(blocker, browser.visitorId());
            CompletableFuture<Response> inFlight =
                    CompletableFuture.supplyAsync(() -> site.identify(browser, json("name", "Patient")));
            awaitABlockedSession(blocker);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(300);
            boolean stoppedBeforeTheRequestFinished = stopping.isDone();
            blocker.rollback();

            Response answered = inFlight.get(30, TimeUnit.SECONDS);
            stopping.get(30, TimeUnit.SECONDS);
            assertThat(stoppedBeforeTheRequestFinished).isFalse();
            assertThat(answered.status()).as("%s", answered).isEqualTo(200);
            assertThat(answered.text("/name")).isEqualTo("Patient");
        }
    }

    private static void lockVisitorRow(Connection connection, String visitorId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM visitors WHERE id = ? FOR UPDATE")) {
            lock.setString(1, visitorId);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    private static void awaitABlockedSession(Connection connection) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (PreparedStatement blocked = connection.prepareStatement(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
                    ResultSet count = blocked.executeQuery()) {
                count.next();
                if (count.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the identify never waited on the locked row");
    }
}
