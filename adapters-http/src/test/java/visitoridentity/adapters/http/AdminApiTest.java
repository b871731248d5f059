package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.application.fake.TestHmac;

class AdminApiTest {
    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private String path(JsonNode workspace) {
        return "/v1/workspaces/" + workspace.path("id").asText();
    }

    @Test
    void aNewWorkspaceShowsItsSettingsAndItsSecretsOnce() {
        Reply created = server.post(
                "/v1/workspaces",
                TestServer.ROOT,
                "{\"name\":\"Shop\",\"verificationMode\":\"Optional\",\"allowedOrigins\":[\"https://shop.example.com\"],"
                        + "\"metadataLimit\":{\"max\":1024,\"unit\":\"CHARACTERS\",\"overflow\":\"truncate\"}}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode workspace = created.json();
        assertThat(workspace.path("name").asText()).isEqualTo("Shop");
        assertThat(workspace.path("verificationMode").asText()).isEqualTo("optional");
        assertThat(workspace.path("allowedOrigins").path(0).asText()).isEqualTo("https://shop.example.com");
        assertThat(workspace.path("metadataLimit").path("max").asLong()).isEqualTo(1024);
        assertThat(workspace.path("metadataLimit").path("unit").asText()).isEqualTo("characters");
        assertThat(workspace.path("metadataLimit").path("overflow").asText()).isEqualTo("truncate");
        assertThat(workspace.path("signingSecret").asText()).isNotBlank();
        assertThat(workspace.path("adminKey").asText()).isNotBlank();

        Reply shown = server.get(path(workspace), TestServer.ROOT);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("verificationMode").asText()).isEqualTo("optional");
        assertThat(shown.json().has("signingSecret")).isFalse();
        assertThat(shown.json().has("adminKey")).isFalse();
        assertThat(shown.body())
                .doesNotContain(workspace.path("signingSecret").asText())
                .doesNotContain(workspace.path("adminKey").asText());
    }

    @Test
    void aNewWorkspaceDefaultsToDisabledAnyOriginAndEightKilobytesRejected() {
        JsonNode workspace = server.createWorkspace();

        assertThat(workspace.path("verificationMode").asText()).isEqualTo("disabled");
        assertThat(workspace.path("allowedOrigins").isEmpty()).isTrue();
        assertThat(workspace.path("metadataLimit").path("max").asLong()).isEqualTo(8192);
        assertThat(workspace.path("metadataLimit").path("unit").asText()).isEqualTo("bytes");
        assertThat(workspace.path("metadataLimit").path("overflow").asText()).isEqualTo("reject");
    }

    @Test
    void onlyTheRootTokenCreatesWorkspaces() {
        JsonNode workspace = server.createWorkspace();

        Reply reply = server.post("/v1/workspaces", workspace.path("adminKey").asText(), "{\"name\":\"Other\"}");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void aWorkspaceAdminKeyReachesItsOwnWorkspaceOnly() {
        JsonNode mine = server.createWorkspace();
        JsonNode theirs = server.createWorkspace();
        String key = mine.path("adminKey").asText();

        assertThat(server.get(path(mine), key).status()).isEqualTo(200);
        assertThat(server.get(path(theirs), key).status()).isEqualTo(401);
        assertThat(server.get(path(theirs) + "/visitors", key).status()).isEqualTo(401);
        assertThat(server.post(path(theirs) + "/signatures", key, "{\"externalId\":\"u\"}")
                        .status())
                .isEqualTo(401);
        assertThat(server.get("/v1/workspaces/ws_unknown", key).status()).isEqualTo(401);
    }

    @Test
    void theRootTokenReachesEveryWorkspace() {
        JsonNode workspace = server.createWorkspace();

        assertThat(server.get(path(workspace), TestServer.ROOT).status()).isEqualTo(200);
    }

    @Test
    void patchChangesOnlyTheSettingsGiven() {
        JsonNode workspace = server.createWorkspace(
                "{\"name\":\"Shop\",\"metadataLimit\":{\"max\":4096,\"unit\":\"bytes\",\"overflow\":\"reject\"}}");

        Reply reply = server.request("PATCH", path(workspace))
                .bearer(workspace.path("adminKey").asText())
                .json("{\"verificationMode\":\"REQUIRED\",\"metadataLimit\":{\"overflow\":\"truncate\"},\"name\":null}")
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("name").asText()).isEqualTo("Shop");
        assertThat(reply.json().path("verificationMode").asText()).isEqualTo("required");
        assertThat(reply.json().path("metadataLimit").path("max").asLong()).isEqualTo(4096);
        assertThat(reply.json().path("metadataLimit").path("overflow").asText()).isEqualTo("truncate");
        assertThat(server.get(path(workspace), TestServer.ROOT)
                        .json()
                        .path("verificationMode")
                        .asText())
                .isEqualTo("required");
    }

    @Test
    void signingGivesThePlainValueSignatureOfEachClaimGiven() {
        JsonNode workspace = server.createWorkspace();
        String secret = workspace.path("signingSecret").asText();

        Reply reply = server.post(
                path(workspace) + "/signatures",
                workspace.path("adminKey").asText(),
                "{\"externalId\":\"user_123\",\"email\":\"jane@example.com\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode signatures = reply.json().path("signatures");
        assertThat(signatures.path("externalId").asText()).isEqualTo(TestHmac.hex(secret, "user_123"));
        assertThat(signatures.path("email").asText()).isEqualTo(TestHmac.hex(secret, "jane@example.com"));
        assertThat(signatures.path("phone").isNull()).isTrue();
        assertThat(signatures.path("anonymousId").isNull()).isTrue();
    }

    @Test
    void rotatingTheKeyKeepsThePreviousOneVerifyingThroughTheGrace() {
        JsonNode workspace = server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}");
        String previous = workspace.path("signingSecret").asText();
        Instant now = server.app.clock.instant();

        Reply rotated = server.post(path(workspace) + "/signing-keys", TestServer.ROOT, "{\"graceSeconds\":3600}");

        assertThat(rotated.status()).isEqualTo(201);
        String next = rotated.json().path("signingSecret").asText();
        assertThat(next).isNotBlank().isNotEqualTo(previous);
        assertThat(Instant.parse(rotated.json().path("previousKeyValidUntil").asText()))
                .isEqualTo(now.plus(Duration.ofHours(1)));
        Session session = server.session(workspace.path("id").asText());
        Reply identified = server.identify(
                session,
                "{\"externalId\":\"user_1\",\"signatures\":{\"externalId\":\"" + TestHmac.hex(previous, "user_1")
                        + "\"}}");
        assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
    }

    @Test
    void rotatingCanImportTheSecretABackendAlreadySignsWith() {
        JsonNode workspace = server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}");
        String vendorSecret = "secret_from_the_previous_vendor_0123";

        Reply rotated = server.post(
                path(workspace) + "/signing-keys",
                TestServer.ROOT,
                "{\"graceSeconds\":0,\"signingSecret\":\"" + vendorSecret + "\"}");
        Reply tooShort =
                server.post(path(workspace) + "/signing-keys", TestServer.ROOT, "{\"signingSecret\":\"short\"}");

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().path("signingSecret").asText()).isEqualTo(vendorSecret);
        Reply identified = server.identify(
                server.session(workspace.path("id").asText()),
                "{\"externalId\":\"user_1\",\"signatures\":{\"externalId\":\"" + TestHmac.hex(vendorSecret, "user_1")
                        + "\"}}");
        assertThat(identified.json().path("hmacVerified").asBoolean()).isTrue();
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("field").asText()).isEqualTo("signingSecret");
    }

    @Test
    void rotatingWithoutABodyUsesADayOfGrace() {
        JsonNode workspace = server.createWorkspace();
        Instant now = server.app.clock.instant();

        Reply rotated = server.post(path(workspace) + "/signing-keys", TestServer.ROOT, "");

        assertThat(Instant.parse(rotated.json().path("previousKeyValidUntil").asText()))
                .isEqualTo(now.plus(Duration.ofDays(1)));
    }

    @Test
    void visitorsAreFoundByExternalIdAndEmailAndPaged() {
        JsonNode workspace = server.createWorkspace();
        String id = workspace.path("id").asText();
        for (int i = 0; i < 3; i++) {
            server.identify(server.session(id), "{\"externalId\":\"user_" + i + "\",\"email\":\"same@example.com\"}");
        }

        Reply byExternalId = server.get(path(workspace) + "/visitors?externalId=user_1", TestServer.ROOT);
        Reply firstPage = server.get(path(workspace) + "/visitors?email=SAME@example.com&limit=2", TestServer.ROOT);
        String cursor = firstPage.json().path("nextCursor").asText();
        Reply secondPage = server.get(
                path(workspace) + "/visitors?email=same%40example.com&limit=2&cursor=" + cursor, TestServer.ROOT);

        assertThat(byExternalId.json().path("visitors")).hasSize(1);
        assertThat(byExternalId
                        .json()
                        .path("visitors")
                        .path(0)
                        .path("externalId")
                        .asText())
                .isEqualTo("user_1");
        assertThat(firstPage.json().path("visitors")).hasSize(2);
        assertThat(secondPage.json().path("visitors")).hasSize(1);
        assertThat(secondPage.json().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aVisitorAndItsContactAreShown() {
        JsonNode workspace = server.createWorkspace();
        Session session = server.session(workspace.path("id").asText());
        JsonNode identified = server.identify(session, "{\"externalId\":\"user_1\",\"email\":\"jane@example.com\"}")
                .json();

        Reply visitor = server.get(
                path(workspace) + "/visitors/" + identified.path("id").asText(), TestServer.ROOT);
        Reply contact = server.get(
                path(workspace) + "/contacts/" + identified.path("contactId").asText(), TestServer.ROOT);

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.json().path("anonymousIds").path(0).asText()).isEqualTo(session.anonymousId());
        assertThat(visitor.json().path("email").asText()).isEqualTo("jane@example.com");
        assertThat(visitor.json().path("claimTrust").path("email").asText()).isEqualTo("trusted");
        assertThat(visitor.json().path("createdAt").asText()).isNotBlank();
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().path("email").asText()).isEqualTo("jane@example.com");
        assertThat(contact.json().path("visitorIds").path(0).asText())
                .isEqualTo(identified.path("id").asText());
    }

    @Test
    void erasingAVisitorEndsItsSession() {
        JsonNode workspace = server.createWorkspace();
        Session session = server.session(workspace.path("id").asText());
        String visitorId = server.me(session).json().path("id").asText();

        Reply erased = server.request("DELETE", path(workspace) + "/visitors/" + visitorId)
                .bearer(workspace.path("adminKey").asText())
                .send();

        assertThat(erased.status()).isEqualTo(204);
        assertThat(server.me(session).status()).isEqualTo(401);
        assertThat(server.get(path(workspace) + "/visitors/" + visitorId, TestServer.ROOT)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aVisitorOfAnotherWorkspaceIsNotFound() {
        JsonNode mine = server.createWorkspace();
        JsonNode theirs = server.createWorkspace();
        String theirVisitor = server.me(server.session(theirs.path("id").asText()))
                .json()
                .path("id")
                .asText();

        assertThat(server.get(path(mine) + "/visitors/" + theirVisitor, TestServer.ROOT)
                        .status())
                .isEqualTo(404);
    }
}
