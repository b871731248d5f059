package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import com.standardwebhooks.Webhook;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server stopped with a delivery pending loses nothing: the next server on the database delivers it. */
class WebhooksAcrossRestartTest {
    private static final Map<String, String> SETTINGS = Map.of("VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK", "true");

    @Test
    void aDeliveryPendingWhenTheServerStopsIsDeliveredAfterTheRestart() throws Exception {
        Path dataDirectory = TestServer.temporaryDirectory();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.failFirst(Integer.MAX_VALUE);
            String secret;
            String eventId;
            try (TestServer first = TestServer.restartableOn(dataDirectory, SETTINGS)) {
                Site site = first.newSite("optional");
                Response created = first.api.post(
                        site.path("/webhooks"), site.adminKey, json("url", receiver.url(), "events", List.of("*")));
                secret = created.text("/secret");
                site.identify(site.newBrowser(), json("externalId", "user_1"));
                eventId = first.api.get(site.path("/events"), site.adminKey).text("/events/0/id");
                awaitAnAttempt(first, site, created.text("/id"));
            }
            assertThat(receiver.received()).isEmpty();

            receiver.failFirst(0);
            try (TestServer second = TestServer.restartableOn(dataDirectory, SETTINGS)) {
                List<WebhookReceiver.Message> messages = receiver.await(1);
                assertThat(messages).hasSize(1);
                new Webhook(secret)
                        .verify(messages.get(0).body(), messages.get(0).headers());
                assertThat(messages.get(0).headers().firstValue("webhook-id")).contains(eventId);
            }
        } finally {
            TestServer.delete(dataDirectory);
        }
    }

    private static void awaitAnAttempt(TestServer server, Site site, String webhookId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Response log = server.api.get(site.path("/webhooks/" + webhookId + "/deliveries"), site.adminKey);
            if ("1".equals(log.text("/deliveries/0/attempts"))) {
                assertThat(log.text("/deliveries/0/status")).isEqualTo("pending");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no delivery attempt within 20 s");
    }
}
