package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The server-to-server endpoints and their credentials, over HTTP against the real server. */
class AdminApiTest {
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
    void creatingAWorkspaceAnswers201WithItsSettingsAndItsSecretsOnce() {
        Response created = api.post(
                "/v1/workspaces",
                TestServer.ROOT_TOKEN,
                json(
                        "name",
                        "Shop",
                        "verificationMode",
                        "Optional",
                        "allowedOrigins",
                        List.of("https://shop.example.com"),
                        "metadataLimit",
                        object("max", 1000, "unit", "characters", "overflow", "truncate")));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.text("/id")).isNotBlank();
        assertThat(created.text("/name")).isEqualTo("Shop");
        assertThat(created.text("/verificationMode")).isEqualTo("optional");
        assertThat(created.json().get("allowedOrigins").toString()).isEqualTo("[\"https://shop.example.com\"]");
        assertThat(created.json().get("metadataLimit").toString())
                .isEqualTo("{\"max\":1000,\"unit\":\"characters\",\"overflow\":\"truncate\"}");
        assertThat(created.text("/signingSecret")).isNotBlank();
        assertThat(created.text("/adminKey")).isNotBlank();
    }

    @Test
    void readingAWorkspaceNeverShowsItsSecrets() {
        Site site = server.newSite("required");

        Response shown = api.get(site.path(""), site.adminKey);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("/id")).isEqualTo(site.id);
        assertThat(shown.text("/verificationMode")).isEqualTo("required");
        assertThat(shown.body()).doesNotContain(site.signingSecret).doesNotContain(site.adminKey);
        assertThat(shown.json().has("signingSecret")).isFalse();
        assertThat(shown.json().has("adminKey")).isFalse();
    }

    @Test
    void patchingChangesTheGivenSettingsAndKeepsTheOthers() {
        Site site = server.newSite("disabled");

        Response changed = site.settings(json("verificationMode", "required", "metadataLimit", object("max", 512)));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.text("/verificationMode")).isEqualTo("required");
        assertThat(changed.text("/name")).isEqualTo("Shop");
        assertThat(changed.json().get("metadataLimit").toString())
                .isEqualTo("{\"max\":512,\"unit\":\"bytes\",\"overflow\":\"reject\"}");
        assertThat(api.get(site.path(""), site.adminKey).text("/verificationMode"))
                .isEqualTo("required");
    }

    @Test
    void onlyTheRootTokenCreatesWorkspaces() {
        Site site = server.newSite("disabled");

        Response refused = api.post("/v1/workspaces", site.adminKey, json("name", "Other"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("unauthorized");
    }

    @Test
    void theRootTokenReachesEveryWorkspace() {
        Site site = server.newSite("disabled");

        assertThat(api.get(site.path(""), TestServer.ROOT_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void aWorkspaceAdminKeyReachesOnlyItsOwnWorkspace() {
        Site mine = server.newSite("disabled");
        Site theirs = server.newSite("disabled");

        Response refused = api.get(theirs.path(""), mine.adminKey);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("unauthorized");
    }

    @Test
    void signaturesAreTheHmacOfEachClaimWithTheActiveSecret() {
        Site site = server.newSite("required");
        String anonymousId = site.newBrowser().anonymousId();

        Response signed = api.post(
                site.path("/signatures"),
                site.adminKey,
                json("externalId", "user_123", "email", "jane@example.com", "anonymousId", anonymousId));

        assertThat(signed.status()).as("%s", signed).isEqualTo(200);
        assertThat(signed.text("/signatures/externalId")).isEqualTo(TestHmac.hex(site.signingSecret, "user_123"));
        assertThat(signed.text("/signatures/email")).isEqualTo(TestHmac.hex(site.signingSecret, "jane@example.com"));
        assertThat(signed.text("/signatures/anonymousId")).isEqualTo(TestHmac.hex(site.signingSecret, anonymousId));
        assertThat(signed.text("/signatures/phone")).isNull();
    }

    @Test
    void rotatingTheKeyAnswersTheNewSecretAndWhenThePreviousStopsVerifying() {
        Site site = server.newSite("required");
        Instant before = Instant.now();

        Response rotated = site.rotateKey(3600);

        assertThat(rotated.status()).as("%s", rotated).isBetween(200, 201);
        String newSecret = rotated.text("/signingSecret");
        assertThat(newSecret).isNotBlank().isNotEqualTo(site.signingSecret);
        assertThat(Instant.parse(rotated.text("/previousKeyValidUntil")))
                .isBetween(before.plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        Response signed = api.post(site.path("/signatures"), site.adminKey, json("externalId", "u"));
        assertThat(signed.text("/signatures/externalId")).isEqualTo(TestHmac.hex(newSecret, "u"));
    }

    @Test
    void visitorsAreFoundByExternalIdAndByEmail() {
        Site site = server.newSite("disabled");
        Browser jane = site.newBrowser();
        site.identify(jane, json("externalId", "jane", "email", "jane@example.com"));
        site.identify(site.newBrowser(), json("externalId", "john", "email", "john@example.com"));

        Response byExternalId = site.visitors("?externalId=jane");
        Response byEmail = site.visitors("?email=JANE@example.com");

        assertThat(byExternalId.status()).isEqualTo(200);
        assertThat(byExternalId.visitorIds()).containsExactly(jane.visitorId());
        assertThat(byEmail.visitorIds()).containsExactly(jane.visitorId());
    }

    @Test
    void visitorsArePagedByAnOpaqueCursor() {
        Site site = server.newSite("disabled");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(site.newBrowser().visitorId());
        }

        List<String> seen = new ArrayList<>();
        Response page = site.visitors("?limit=2");
        int pages = 1;
        seen.addAll(page.visitorIds());
        while (page.text("/nextCursor") != null) {
            page = site.visitors("?limit=2&cursor=" + page.text("/nextCursor"));
            seen.addAll(page.visitorIds());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(started);
    }

    @Test
    void aVisitorIsShownByIdWithEveryClaimAndItsTrust() {
        Site site = server.newSite("optional");
        Browser browser = site.newBrowser();
        site.identify(browser, json("externalId", "user_9", "name", "Nine"));

        Response visitor = site.visitor(browser.visitorId());

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.text("/id")).isEqualTo(browser.visitorId());
        assertThat(visitor.text("/externalId")).isEqualTo("user_9");
        assertThat(visitor.text("/claimTrust/externalId")).isEqualTo("unverified");
        assertThat(visitor.text("/name")).isEqualTo("Nine");
    }

    @Test
    void aContactShowsItsEmailAndItsVisitors() {
        Site site = server.newSite("disabled");
        Browser phone = site.newBrowser();
        Browser laptop = site.newBrowser();
        String contactId =
                site.identify(phone, json("email", "pat@example.com")).text("/contactId");
        site.identify(laptop, json("email", "pat@example.com"));

        Response contact = site.contact(contactId);

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.text("/email")).isEqualTo("pat@example.com");
        assertThat(contact.texts("/visitorIds")).containsExactlyInAnyOrder(phone.visitorId(), laptop.visitorId());
    }

    @Test
    void erasingAVisitorAnswers204AndItIsGone() {
        Site site = server.newSite("disabled");
        Browser browser = site.newBrowser();

        Response erased = site.erase(browser.visitorId());

        assertThat(erased.status()).isEqualTo(204);
        assertThat(site.visitor(browser.visitorId()).status()).isEqualTo(404);
    }

    @Test
    void aPreviousSigningKeyIsListedAndRevokedAndThenStopsVerifying() {
        Site site = server.newSite("required");
        Response rotated = site.rotateKey(3600);
        String activeKid = rotated.text("/signingKeyId");

        Response listed = api.get(site.path("/signing-keys"), site.adminKey);
        String previousKid = listed.text("/previous/0/kid");
        Response revoked = api.post(site.path("/signing-keys/" + previousKid + "/revoke"), site.adminKey, "");
        Response check = api.post(
                site.path("/signature-checks"),
                site.adminKey,
                json("claim", "externalId", "value", "user_1", "signature", site.sign("user_1")));

        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.text("/active/kid")).isEqualTo(activeKid);
        assertThat(listed.body()).doesNotContain(site.signingSecret).doesNotContain("whsec_");
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.text("/active/kid")).isEqualTo(activeKid);
        assertThat(revoked.json().get("previous").size()).isZero();
        assertThat(check.json().get("verifies").asBoolean()).as("%s", check).isFalse();
    }

    @Test
    void revokingTheActiveKeyIsRefusedWithTheReasonAndAnUnknownKidIsNotFound() {
        Site site = server.newSite("required");
        String activeKid = api.get(site.path("/signing-keys"), site.adminKey).text("/active/kid");
        Site other = server.newSite("required");

        Response active = api.post(site.path("/signing-keys/" + activeKid + "/revoke"), site.adminKey, "");
        Response unknown = api.post(site.path("/signing-keys/k_unknown/revoke"), site.adminKey, "");
        Response foreign = api.post(site.path("/signing-keys/" + activeKid + "/revoke"), other.adminKey, "");

        assertThat(active.status()).as("%s", active).isEqualTo(400);
        assertThat(active.code()).isEqualTo("invalid-field");
        assertThat(active.text("/field")).isEqualTo("kid");
        assertThat(active.text("/detail")).contains("active key");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(api.get(site.path("/signing-keys"), site.adminKey).text("/active/kid"))
                .isEqualTo(activeKid);
    }

    @Test
    void aVisitorShowsHowEachVerifiedClaimWasProvenAndItsDevicesWithLastSeen() {
        Site site = server.newSite("optional");
        String kid = api.get(site.path("/signing-keys"), site.adminKey).text("/active/kid");
        Site.Browser browser = site.newBrowser();
        site.identify(
                browser,
                json(
                        "externalId", "user_1",
                        "email", "jane@example.com",
                        "signatures", object("externalId", site.sign("user_1"))));

        Response shown = site.visitor(browser.visitorId());

        assertThat(shown.text("/provenance/externalId/scheme")).isEqualTo("plain-value");
        assertThat(shown.text("/provenance/externalId/kid")).isEqualTo(kid);
        assertThat(shown.text("/provenance/externalId/provenAt")).endsWith("Z");
        assertThat(shown.json().at("/provenance/email").isNull()).isTrue();
        assertThat(shown.text("/devices/0/anonymousId")).isEqualTo(browser.anonymousId());
        assertThat(shown.text("/devices/0/lastSeenAt")).endsWith("Z");
        assertThat(shown.json().get("devices").size()).isEqualTo(1);
        assertThat(shown.text("/id")).isEqualTo(browser.visitorId());
    }
}
