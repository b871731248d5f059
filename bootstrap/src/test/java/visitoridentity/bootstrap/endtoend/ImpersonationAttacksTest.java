package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * The impersonation paths an attack review found (trust rules, second edition), each tried as the
 * attacker would, through the real server, on H2 and on PostgreSQL. Each must leave the victim's
 * record out of the attacker's reach.
 */
class ImpersonationAttacksTest {
    private static TestServer h2;
    private static TestServer postgres;

    static Stream<Named<TestServer>> engines() {
        if (h2 == null) {
            h2 = TestServer.start();
            postgres = TestServer.onPostgres();
        }
        return Stream.of(Named.of("H2", h2), Named.of("PostgreSQL", postgres));
    }

    @AfterAll
    static void stop() {
        if (h2 != null) {
            h2.close();
            postgres.close();
        }
    }

    /** Alice, verified on her own device, with an email, a phone and metadata. */
    private static Browser alice(Site site) {
        Browser alice = site.newBrowser();
        Response identified = site.identify(
                alice,
                json(
                        "externalId", "alice",
                        "email", "alice@example.com",
                        "phone", "+15550100001",
                        "metadata", object("plan", "enterprise"),
                        "signatures",
                                object(
                                        "externalId", site.sign("alice"),
                                        "email", site.sign("alice@example.com"),
                                        "phone", site.sign("+15550100001"))));
        assertThat(identified.text("/claimTrust/externalId")).isEqualTo("verified");
        return alice;
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void chatSdkHmacOverTheAttackersOwnDeviceBuysNoIdentity(TestServer server) {
        for (String mode : new String[] {"optional", "required"}) {
            Site site = server.newSite(mode);
            Browser alice = alice(site);
            Browser mallory = site.newBrowser();
            String hmac = site.signAnonymousId(mallory.anonymousId());

            Response first = site.chatSdkIdentify(mallory, json("externalId", "alice", "hmac", hmac));
            Response second = site.chatSdkIdentify(
                    mallory, json("externalId", "alice", "email", "mallory@evil.example", "hmac", hmac));

            assertThat(first.status()).as("%s", first).isEqualTo(200);
            assertThat(second.status()).as("%s", second).isEqualTo(200);
            Response malloryMe = site.me(mallory);
            assertThat(malloryMe.text("/id")).isNotEqualTo(alice.visitorId());
            assertThat(malloryMe.json().path("phone").isNull()).isTrue();
            assertThat(malloryMe.json().path("metadata").has("plan")).isFalse();
            assertThat(malloryMe.text("/claimTrust/externalId")).isEqualTo("unverified");
            Response aliceMe = site.me(alice);
            assertThat(aliceMe.text("/email")).isEqualTo("alice@example.com");
            assertThat(aliceMe.text("/claimTrust/email")).isEqualTo("verified");
            assertThat(site.context(mallory).json().path("externalId").isNull()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void anIdSquattedWhileDisabledNeverBecomesTheRealUsersRecord(TestServer server) {
        Site site = server.newSite("disabled");
        Browser attacker = site.newBrowser();
        site.identify(attacker, json("externalId", "ceo", "metadata", object("planted", "by the attacker")));
        assertThat(site.settings(json("verificationMode", "required")).status()).isEqualTo(200);

        Browser ceo = site.newBrowser();
        Response real = site.identify(
                ceo,
                json(
                        "externalId",
                        "ceo",
                        "email",
                        "ceo@example.com",
                        "metadata",
                        object("salary", "secret"),
                        "signatures",
                        object("externalId", site.sign("ceo"), "email", site.sign("ceo@example.com"))));

        assertThat(real.status()).as("%s", real).isEqualTo(200);
        assertThat(real.text("/claimTrust/externalId")).isEqualTo("verified");
        assertThat(real.json().path("metadata").has("planted")).isFalse();
        Response squatter = site.me(attacker);
        assertThat(squatter.text("/id")).isNotEqualTo(real.text("/id"));
        assertThat(squatter.json().path("email").isNull()).isTrue();
        assertThat(squatter.json().path("metadata").has("salary")).isFalse();
        assertThat(squatter.text("/claimTrust/externalId")).isEqualTo("unverified");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aSignatureOverAnotherFormOfTheIdLinksNothing(TestServer server) {
        Site site = server.newSite("optional");
        Browser victim = site.newBrowser();
        Response jose = site.identify(
                victim,
                json(
                        "externalId",
                        "josé",
                        "metadata",
                        object("owner", "josé"),
                        "signatures",
                        object("externalId", site.sign("josé"))));
        assertThat(jose.text("/claimTrust/externalId")).isEqualTo("verified");

        for (String variant : new String[] {"jose\u0301", " josé", "josé\t", "josé\u2003"}) {
            Browser attacker = site.newBrowser();
            Response attempt = site.identify(
                    attacker, json("externalId", variant, "signatures", object("externalId", site.sign(variant))));

            assertThat(attempt.status()).as("%s", attempt).isEqualTo(200);
            assertThat(attempt.text("/id")).as(variant).isNotEqualTo(jose.text("/id"));
            assertThat(attempt.text("/claimTrust/externalId")).isEqualTo("unverified");
            assertThat(attempt.json().path("metadata").has("owner")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void requiredRefusesASignatureOverAnotherFormAndSaysToSignTheNormalizedValue(TestServer server) {
        Site site = server.newSite("required");

        Response refused = site.identify(
                site.newBrowser(),
                json("externalId", "josé\t", "signatures", object("externalId", site.sign("josé\t"))));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("/code")).isEqualTo("signature-invalid");
        assertThat(refused.text("/detail")).contains("normalized");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void anEmailSignedWithAKelvinSignJoinsNoContact(TestServer server) {
        Site site = server.newSite("optional");
        Browser karen = site.newBrowser();
        Response real = site.identify(
                karen,
                json("email", "karen@example.com", "signatures", object("email", site.sign("karen@example.com"))));
        assertThat(real.text("/claimTrust/email")).isEqualTo("verified");

        String kelvin = "\u212Aaren@example.com";
        Response attempt = site.identify(
                site.newBrowser(), json("email", kelvin, "signatures", object("email", site.sign(kelvin))));

        assertThat(attempt.text("/claimTrust/email")).isEqualTo("unverified");
        assertThat(attempt.json().path("contactId").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aSharedDeviceCarriesNothingOfOnePersonIntoAnothersRecord(TestServer server) {
        Site site = server.newSite("optional");
        Browser bobsLaptop = site.newBrowser();
        Response bob = site.identify(
                bobsLaptop, json("externalId", "bob", "signatures", object("externalId", site.sign("bob"))));
        Browser shared = site.newBrowser();
        site.identify(
                shared,
                json(
                        "externalId", "alice",
                        "email", "alice@example.com",
                        "name", "Alice",
                        "phone", "+15550100001",
                        "metadata", object("diary", "private")));

        Response bobOnShared =
                site.identify(shared, json("externalId", "bob", "signatures", object("externalId", site.sign("bob"))));

        assertThat(bobOnShared.text("/id")).isEqualTo(bob.text("/id"));
        Response bobsRecord = site.me(bobsLaptop);
        assertThat(bobsRecord.json().path("email").isNull()).isTrue();
        assertThat(bobsRecord.json().path("name").isNull()).isTrue();
        assertThat(bobsRecord.json().path("phone").isNull()).isTrue();
        assertThat(bobsRecord.json().path("metadata").has("diary")).isFalse();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void theSignApiSignsNoAnonymousIdTheWorkspaceDoesNotHave(TestServer server) {
        Site site = server.newSite("required");

        Response oracle = site.api.post(site.path("/signatures"), site.adminKey, json("anonymousId", "user_123"));

        assertThat(oracle.status()).isEqualTo(404);
        assertThat(oracle.text("/code")).isEqualTo("not-found");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aSecondRotationWithNoGraceRetiresEveryOlderKey(TestServer server) {
        Site site = server.newSite("required");
        String leaked = site.sign("user_1");
        site.rotateKey(86_400);

        Response rotated = site.rotateKey(0);

        assertThat(rotated.json().path("previousKeys").size()).isZero();
        Response withLeakedKey = site.identify(
                site.newBrowser(), json("externalId", "user_1", "signatures", object("externalId", leaked)));
        assertThat(withLeakedKey.status()).isEqualTo(401);
        assertThat(withLeakedKey.text("/code")).isEqualTo("signature-invalid");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aVendorLimitNeverLoosensTheWorkspaces(TestServer server) {
        Site site = server.newSiteOf(json(
                "name", "Shop", "verificationMode", "disabled", "metadataLimit", object("max", 100, "unit", "bytes")));

        Response big = site.api.post(
                "/compat/botbrains/" + site.id + "/user.identify",
                site.newBrowser().token(),
                json("external_id", "u1", "external_attributes", object("notes", "x".repeat(8000))));

        assertThat(big.status()).as("%s", big).isEqualTo(422);
        assertThat(big.text("/code")).isEqualTo("metadata-too-large");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aDialectTheWorkspaceDoesNotAnswerIsNotFound(TestServer server) {
        Site site = server.newSiteOf(json("name", "Shop", "dialects", new String[] {"chatbase"}));
        Browser browser = site.newBrowser();

        Response repai = site.api.post("/compat/repai/" + site.id + "/identify", browser.token(), json("id", "u1"));
        Response chatbase =
                site.api.post("/compat/chatbase/" + site.id + "/identify", browser.token(), json("user_id", "u1"));

        assertThat(repai.status()).isEqualTo(404);
        assertThat(repai.text("/code")).isEqualTo("not-found");
        assertThat(chatbase.status()).isEqualTo(200);
    }
}
