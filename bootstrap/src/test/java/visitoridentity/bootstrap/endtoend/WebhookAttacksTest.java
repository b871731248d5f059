package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A production server (no loopback setting): plain http is refused, and a webhook secret never reaches the log. */
class WebhookAttacksTest {

    @Test
    void plainHttpAndLoopbackAreRefusedInProductionAndTheSecretStaysOutOfTheLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try (TestServer server = TestServer.start();
                WebhookReceiver receiver = new WebhookReceiver()) {
            Site site = server.newSite("optional");

            Response http = server.api.post(
                    site.path("/webhooks"), site.adminKey, json("url", receiver.url(), "events", List.of("*")));
            Response loopback = server.api.post(
                    site.path("/webhooks"),
                    site.adminKey,
                    json("url", "https://127.0.0.1:1/hook", "events", List.of("*")));
            Response localhost = server.api.post(
                    site.path("/webhooks"),
                    site.adminKey,
                    json("url", "https://localhost/hook", "events", List.of("*")));

            assertThat(http.status()).as("%s", http).isEqualTo(400);
            assertThat(http.body()).contains("https");
            assertThat(loopback.status()).as("%s", loopback).isEqualTo(400);
            assertThat(localhost.status()).as("%s", localhost).isEqualTo(400);
            assertThat(server.api.get(site.path("/webhooks"), site.adminKey).text("/webhooks/0"))
                    .isNull();
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void aWebhookSecretNeverReachesTheLogNorAnyReadingOfTheEndpoint() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        String secret;
        String listed;
        try (TestServer server = TestServer.with(java.util.Map.of("VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK", "true"));
                WebhookReceiver receiver = new WebhookReceiver()) {
            Site site = server.newSite("optional");
            Response created = server.api.post(
                    site.path("/webhooks"), site.adminKey, json("url", receiver.url(), "events", List.of("*")));
            secret = created.text("/secret");
            receiver.failFirst(1);
            site.identify(site.newBrowser(), json("externalId", "user_1"));
            receiver.await(1);
            listed = server.api.get(site.path("/webhooks"), site.adminKey).body()
                    + server.api
                            .get(site.path("/webhooks/" + created.text("/id") + "/deliveries"), site.adminKey)
                            .body();
        } finally {
            root.detachAppender(log);
        }

        String logged = String.join(
                "\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(secret).startsWith("whsec_");
        assertThat(logged).doesNotContain(secret).doesNotContain(secret.substring(6));
        assertThat(listed).doesNotContain(secret.substring(6));
    }
}
