package visitoridentity.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.application.webhook.DeliveryOutcome;

/** One delivery against a real local receiver: signed per Standard Webhooks, never redirected. */
class HttpWebhookSenderTest {
    private static final WebhookSecret SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private String base;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (exchange.getRequestURI().getPath().equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", base + "/stolen");
                exchange.sendResponseHeaders(307, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aDeliveryIsSignedSoTheStandardWebhooksLibraryVerifiesIt() throws Exception {
        String body = "{\"id\":\"evt_1\",\"type\":\"visitor.identified\"}";
        DeliveryOutcome outcome =
                loopbackSender().send(URI.create(base + "/hook"), SECRET, "evt_1", Instant.now(), body);

        assertThat(outcome.delivered()).isTrue();
        assertThat(bodies).containsExactly(body);
        HttpHeaders received = HttpHeaders.of(headers.get(0), all());
        new Webhook(SECRET.value()).verify(bodies.get(0), received);
        assertThat(received.firstValue("webhook-id")).contains("evt_1");
        assertThat(received.firstValue("webhook-signature").orElseThrow()).startsWith("v1,");
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        DeliveryOutcome outcome =
                loopbackSender().send(URI.create(base + "/redirect"), SECRET, "evt_2", Instant.now(), "{}");

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).contains(307);
        assertThat(paths).containsExactly("/redirect");
    }

    @Test
    void theProductionPolicyRefusesToSendToLoopbackAndSendsNothing() {
        DeliveryOutcome outcome = new HttpWebhookSender(new WebhookAddressPolicy(false))
                .send(URI.create(base + "/hook"), SECRET, "evt_3", Instant.now(), "{}");

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error().orElseThrow()).startsWith("refused");
        assertThat(paths).isEmpty();
    }

    @Test
    void theSecretNeverAppearsInWhatIsSent() {
        loopbackSender().send(URI.create(base + "/hook"), SECRET, "evt_4", Instant.now(), "{}");

        assertThat(headers.get(0).toString()).doesNotContain(SECRET.value().substring(6));
        assertThat(SECRET.toString()).doesNotContain(SECRET.value().substring(6));
    }

    private static HttpWebhookSender loopbackSender() {
        return new HttpWebhookSender(new WebhookAddressPolicy(true));
    }

    private static BiPredicate<String, String> all() {
        return (name, value) -> true;
    }
}
