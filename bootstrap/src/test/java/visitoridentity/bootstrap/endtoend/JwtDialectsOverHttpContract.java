package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * The Intercom and Zendesk dialects over real HTTP against the real wiring: tokens minted by nimbus
 * with the workspace's generated signing secret and its kid, as a site's backend mints them; Zendesk's
 * email conflict with the contacts as the database stores them. Runs on each database engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JwtDialectsOverHttpContract {
    private TestServer server;

    /** The database settings of the engine under test (none for the default H2 file database). */
    protected abstract Map<String, String> databaseSettings();

    @BeforeAll
    void startServer() {
        server = TestServer.with(databaseSettings());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** HS256 with the workspace's active key (kid {@code key-1}), as the site's backend mints it. */
    private static String mint(Site site, Map<String, Object> claims, Instant expiry) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().expirationTime(Date.from(expiry));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), set.build());
        try {
            jwt.sign(new MACSigner(site.signingSecret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
        return jwt.serialize();
    }

    private static String mint(Site site, Map<String, Object> claims) {
        return mint(site, claims, Instant.now().plus(Duration.ofMinutes(10)));
    }

    private static Map<String, Object> zendeskUser(String externalId, String email) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("scope", "user");
        claims.put("external_id", externalId);
        claims.put("name", "Jane Soap");
        claims.put("email", email);
        claims.put("email_verified", true);
        return claims;
    }

    private Response boot(Site site, Browser browser, String body) {
        return server.api.post("/compat/intercom/" + site.id + "/boot", browser.token(), body);
    }

    private Response login(Site site, Browser browser, String token) {
        return server.api.post("/compat/zendesk/" + site.id + "/login", browser.token(), json("jwt", token));
    }

    @Test
    void bothRoutesAreDescribed() {
        Response openApi = server.api.get("/openapi.json", null);

        assertThat(openApi.json().get("paths").has("/compat/intercom/{ws}/boot"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/compat/zendesk/{ws}/login"))
                .isTrue();
    }

    @Test
    void anIntercomBootVerifiesWhatItsJwtCarriesAndNothingElse() {
        Site site = server.newSite("required");
        Browser browser = site.newBrowser();
        String token = mint(site, Map.of("user_id", "user_123"));

        Response booted = boot(
                site,
                browser,
                json("intercom_user_jwt", token, "email", "jane@example.com", "name", "Jane", "plan", "pro"));
        Response context = site.context(browser);

        assertThat(booted.status()).as("%s", booted).isEqualTo(200);
        assertThat(booted.text("/claimTrust/externalId")).isEqualTo("verified");
        assertThat(booted.text("/claimTrust/email")).isEqualTo("unverified");
        assertThat(booted.text("/metadata/plan")).isEqualTo("pro");
        assertThat(context.text("/externalId")).isEqualTo("user_123");
        assertThat(context.json().get("email").isNull()).isTrue();
    }

    @Test
    void oneUsersIntercomJwtJoinsItsDevicesAndCannotBeReusedForAnotherUser() {
        Site site = server.newSite("required");
        Browser laptop = site.newBrowser();
        Browser phone = site.newBrowser();
        Browser attacker = site.newBrowser();
        String token = mint(site, Map.of("user_id", "user_123"));

        Response first = boot(site, laptop, json("intercom_user_jwt", token));
        Response second = boot(site, phone, json("intercom_user_jwt", token));
        Response reused = boot(site, attacker, json("intercom_user_jwt", token, "user_id", "someone_else"));

        assertThat(second.text("/id")).isEqualTo(first.text("/id"));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.text("/code")).isEqualTo("token-invalid");
        assertThat(reused.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(site.me(attacker).json().get("externalId").isNull()).isTrue();
    }

    @Test
    void anExpiredIntercomJwtIsRefusedInRequiredMode() {
        Site site = server.newSite("required");

        Response refused = boot(
                site,
                site.newBrowser(),
                json(
                        "intercom_user_jwt",
                        mint(site, Map.of("user_id", "user_123"), Instant.now().minusSeconds(300))));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("/code")).isEqualTo("token-expired");
    }

    @Test
    void aZendeskLoginVerifiesTheUserAndAssociatesTheContact() {
        Site site = server.newSite("required");
        Browser browser = site.newBrowser();

        Response loggedIn = login(site, browser, mint(site, zendeskUser("user_123", "jane@example.com")));

        assertThat(loggedIn.status()).as("%s", loggedIn).isEqualTo(200);
        assertThat(loggedIn.text("/claimTrust/externalId")).isEqualTo("verified");
        assertThat(loggedIn.text("/claimTrust/email")).isEqualTo("verified");
        assertThat(site.contact(loggedIn.text("/contactId")).status()).isEqualTo(200);
    }

    @Test
    void aZendeskLoginWithAVerifiedEmailAnotherUserHoldsIsAConflict() {
        Site site = server.newSite("required");
        Browser jane = site.newBrowser();
        Browser other = site.newBrowser();
        login(site, jane, mint(site, zendeskUser("user_1", "jane@example.com")));

        Response conflict = login(site, other, mint(site, zendeskUser("user_2", "jane@example.com")));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("/code")).isEqualTo("conflict");
        assertThat(site.me(other).json().get("externalId").isNull()).isTrue();
        assertThat(site.visitors("?email=jane@example.com")
                        .json()
                        .get("visitors")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aWorkspaceMayTurnBothDialectsOff() {
        Site site = server.newSite("disabled");
        Browser browser = site.newBrowser();
        Response changed = site.settings(Api.json("dialects", java.util.List.of("chatbase")));

        Response intercom = boot(site, browser, json("user_id", "user_123"));
        Response zendesk = login(site, browser, mint(site, zendeskUser("user_123", "jane@example.com")));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(intercom.status()).isEqualTo(404);
        assertThat(zendesk.status()).isEqualTo(404);
    }
}
