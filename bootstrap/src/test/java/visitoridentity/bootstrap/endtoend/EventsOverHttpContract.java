package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * Identity events over HTTP against the real server and a real receiver: the audit log, webhooks
 * signed per Standard Webhooks (verified by the standardwebhooks library), delivered in order and
 * retried until the receiver recovers, erasure removing the personal data, and observe mode's
 * events and metric.
 */
abstract class EventsOverHttpContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookReceiver receiver;

    /** The server under test, with {@code VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK=true}. */
    protected abstract TestServer server();

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anIdentifyReachesTheReceiverSignedInOrderAndTheAuditLogHoldsTheSameEvents() throws Exception {
        Site site = server().newSite("optional");
        String secret = createWebhook(site, List.of("*"));
        Browser browser = site.newBrowser();

        Response identified = site.identify(
                browser, json("externalId", "user_1", "signatures", object("externalId", site.sign("user_1"))));
        assertThat(identified.status()).as("%s", identified).isEqualTo(200);

        List<WebhookReceiver.Message> messages = receiver.await(2);
        assertThat(messages).hasSize(2);
        Webhook verifier = new Webhook(secret);
        for (WebhookReceiver.Message message : messages) {
            verifier.verify(message.body(), message.headers());
        }
        List<JsonNode> sent =
                messages.stream().map(message -> read(message.body())).toList();
        assertThat(sent)
                .extracting(event -> event.get("type").asText())
                .containsExactly("visitor.identified", "claim.verified");
        assertThat(sent).allSatisfy(event -> {
            assertThat(event.get("workspaceId").asText()).isEqualTo(site.id);
            assertThat(event.get("visitorId").asText()).isEqualTo(browser.visitorId());
        });
        assertThat(messages.get(0).headers().firstValue("webhook-id"))
                .contains(sent.get(0).get("id").asText());

        Response log = server().api.get(site.path("/events?visitorId=" + browser.visitorId()), site.adminKey);
        assertThat(log.status()).as("%s", log).isEqualTo(200);
        assertThat(log.texts("/events").size()).isEqualTo(2);
        assertThat(log.json().get("events").get(0).get("id").asText())
                .isEqualTo(sent.get(0).get("id").asText());
        assertThat(server().api
                        .get(site.path("/events?type=claim.verified"), site.adminKey)
                        .json()
                        .get("events")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aReceiverThatFailsIsRetriedUntilItRecoversAndTheLogShowsBoth() {
        Site site = server().newSite("optional");
        createWebhook(site, List.of("visitor.identified"));
        receiver.failFirst(1);

        site.identify(site.newBrowser(), json("externalId", "user_2"));

        assertThat(receiver.await(1)).hasSize(1);
        String webhookId =
                server().api.get(site.path("/webhooks"), site.adminKey).text("/webhooks/0/id");
        Response deliveries = server().api.get(site.path("/webhooks/" + webhookId + "/deliveries"), site.adminKey);
        assertThat(deliveries.status()).as("%s", deliveries).isEqualTo(200);
        assertThat(deliveries.text("/deliveries/0/status")).isEqualTo("delivered");
        assertThat(deliveries.text("/deliveries/0/attempts")).isEqualTo("2");
    }

    @Test
    void anIdentifyThatChangesNothingSendsNothing() {
        Site site = server().newSite("optional");
        createWebhook(site, List.of("*"));
        Browser browser = site.newBrowser();
        String body = json("externalId", "user_3", "signatures", object("externalId", site.sign("user_3")));
        site.identify(browser, body);
        assertThat(receiver.await(2)).hasSize(2);

        site.identify(browser, body);
        site.identify(browser, json("metadata", object("plan", "pro")));

        Response log = server().api.get(site.path("/events"), site.adminKey);
        assertThat(log.json().get("events").size()).isEqualTo(2);
    }

    @Test
    void anErasureKeepsTheFactsAndRemovesThePersonalData() {
        Site site = server().newSite("optional");
        Browser browser = site.newBrowser();
        site.identify(
                browser,
                json(
                        "externalId", "user_4",
                        "email", "ann@example.com",
                        "signatures",
                                object(
                                        "externalId", site.sign("user_4"),
                                        "email", site.sign("ann@example.com"))));

        assertThat(site.erase(browser.visitorId()).status()).isEqualTo(204);

        Response log = server().api.get(site.path("/events?visitorId=" + browser.visitorId()), site.adminKey);
        assertThat(log.body()).doesNotContain("user_4").doesNotContain("ann@example.com");
        assertThat(log.body()).contains("visitor.identified").contains("visitor.erased");
    }

    @Test
    void webhookSecretsAreShownOnceAndRotate() {
        Site site = server().newSite("optional");
        String secret = createWebhook(site, List.of("*"));
        String id = server().api.get(site.path("/webhooks"), site.adminKey).text("/webhooks/0/id");

        Response listed = server().api.get(site.path("/webhooks"), site.adminKey);
        Response rotated = server().api.post(site.path("/webhooks/" + id + "/secret"), site.adminKey, "");

        assertThat(listed.body()).doesNotContain(secret.substring(6)).doesNotContain("secret");
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
        assertThat(rotated.text("/secret")).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(server().api
                        .delete(site.path("/webhooks/" + id), site.adminKey)
                        .status())
                .isEqualTo(204);
        assertThat(server().api
                        .delete(site.path("/webhooks/" + id), site.adminKey)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void observeModeAnswersLikeOptionalButRecordsAndCountsWhatRequiredWouldRefuse() {
        Site site = server().newSite("observe");

        Response mismatch = site.identify(
                site.newBrowser(),
                json("externalId", "user_5", "signatures", object("externalId", site.sign("someone_else"))));
        Response missing = site.identify(site.newBrowser(), json("externalId", "user_6"));
        Response fine = site.identify(
                site.newBrowser(),
                json("externalId", "user_7", "signatures", object("externalId", site.sign("user_7"))));

        assertThat(List.of(mismatch.status(), missing.status(), fine.status())).containsOnly(200);
        assertThat(mismatch.text("/claimTrust/externalId")).isEqualTo("unverified");
        Response failures = server().api.get(site.path("/events?type=verification.failed"), site.adminKey);
        assertThat(failures.json().get("events").findValuesAsText("reason")).containsExactly("mismatch", "missing");
        assertThat(failures.body()).doesNotContain(site.sign("someone_else"));
        String metrics = server().api.get("/metrics", null).body();
        assertThat(metrics)
                .containsPattern("verification_would_refuse_total\\{reason=\"mismatch\"[^}]*\\} [1-9]")
                .containsPattern("verification_would_refuse_total\\{reason=\"missing\"[^}]*\\} [1-9]");
    }

    @Test
    void aWebhookToAnInternalAddressIsRefused() {
        Site site = server().newSite("optional");

        for (String url : List.of(
                "https://169.254.169.254/latest/meta-data/",
                "http://169.254.169.254/",
                "https://10.0.0.1/hook",
                "https://[::ffff:169.254.169.254]/",
                "ftp://example.com/")) {
            Response refused =
                    server().api.post(site.path("/webhooks"), site.adminKey, json("url", url, "events", List.of("*")));
            assertThat(refused.status()).as("%s %s", url, refused).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("invalid-field");
        }
        Response unknownType = server().api
                .post(
                        site.path("/webhooks"),
                        site.adminKey,
                        json("url", receiver.url(), "events", List.of("visitor.hacked")));
        assertThat(unknownType.status()).isEqualTo(400);
    }

    private String createWebhook(Site site, List<String> events) {
        Response created =
                server().api.post(site.path("/webhooks"), site.adminKey, json("url", receiver.url(), "events", events));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String secret = created.text("/secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSize(32);
        return secret;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
