package visitoridentity.adapters.http.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.application.webhook.DeliveryOutcome;
import visitoridentity.application.webhook.WebhookSender;
import visitoridentity.application.webhook.WebhookTargets;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * Delivers a webhook with {@code java.net.http}: a JSON POST signed per Standard Webhooks by the
 * {@code standardwebhooks} library ({@code webhook-id}, {@code webhook-timestamp} in seconds, {@code
 * webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>}). The target is checked again
 * before each attempt; redirects are never followed (a 3xx is a failure); an attempt gets {@link
 * #TIMEOUT} to connect and again to answer; the answer's body is never read.
 */
public final class HttpWebhookSender implements WebhookSender {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookTargets targets;
    private final HttpClient client;

    public HttpWebhookSender(WebhookTargets targets) {
        this.targets = targets;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    @Override
    public DeliveryOutcome send(URI url, WebhookSecret secret, String messageId, Instant timestamp, String body) {
        try {
            targets.requireAllowed(url);
        } catch (InvalidFieldException refused) {
            return DeliveryOutcome.failed("refused: " + refused.rule());
        }
        long seconds = timestamp.getEpochSecond();
        String signature;
        try {
            signature = new Webhook(secret.value()).sign(messageId, seconds, body);
        } catch (WebhookSigningException | RuntimeException e) {
            return DeliveryOutcome.failed("could not sign the message");
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "visitor-identity-webhooks")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(seconds))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return DeliveryOutcome.answered(response.statusCode());
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.failed("timed out after " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return DeliveryOutcome.failed("could not connect (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed("interrupted");
        }
    }
}
