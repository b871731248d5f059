package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The trust rules of DESIGN §2, each through HTTP against the real server. */
class TrustRulesOverHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Nested
    class DisabledMode {
        @Test
        void claimsAreTrustedAsGivenAndHmacVerifiedIsFalse() {
            Site site = server.newSite("disabled");

            Response result = site.identify(site.newBrowser(), json("externalId", "user_1", "email", "a@example.com"));

            assertThat(result.text("/claimTrust/externalId")).isEqualTo("trusted");
            assertThat(result.text("/claimTrust/email")).isEqualTo("trusted");
            assertThat(result.json().get("hmacVerified").asBoolean()).isFalse();
        }

        @Test
        void signaturesAreIgnoredEvenWhenWrong() {
            Site site = server.newSite("disabled");

            Response result = site.identify(
                    site.newBrowser(),
                    json("externalId", "user_1", "signatures", object("externalId", "0".repeat(64))));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text("/claimTrust/externalId")).isEqualTo("trusted");
            assertThat(result.json().get("hmacVerified").asBoolean()).isFalse();
        }

        @Test
        void theTrustedContextCarriesTheClaims() {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            site.identify(browser, json("externalId", "user_1"));

            assertThat(site.context(browser).text("/externalId")).isEqualTo("user_1");
        }
    }

    @Nested
    class OptionalMode {
        @Test
        void aSignedExternalIdIsVerified() {
            Site site = server.newSite("optional");

            Response result = site.identify(
                    site.newBrowser(),
                    json("externalId", "user_1", "signatures", object("externalId", site.sign("user_1"))));

            assertThat(result.text("/claimTrust/externalId")).isEqualTo("verified");
            assertThat(result.json().get("hmacVerified").asBoolean()).isTrue();
        }

        @Test
        void anUnsignedClaimIsKeptUnverifiedWithAWarningAndStaysOutOfTheContext() {
            Site site = server.newSite("optional");
            Browser browser = site.newBrowser();

            Response result = site.identify(browser, json("externalId", "user_1", "email", "a@example.com"));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text("/externalId")).isEqualTo("user_1");
            assertThat(result.text("/claimTrust/externalId")).isEqualTo("unverified");
            assertThat(result.text("/claimTrust/email")).isEqualTo("unverified");
            assertThat(result.json().get("hmacVerified").asBoolean()).isFalse();
            assertThat(result.text("/contactId")).isNull();
            assertThat(codes(result)).contains("claims-unverified");
            Response context = site.context(browser);
            assertThat(context.text("/externalId")).isNull();
            assertThat(context.text("/email")).isNull();
        }

        @Test
        void aBadlySignedClaimIsKeptUnverifiedNotRefused() {
            Site site = server.newSite("optional");

            Response result = site.identify(
                    site.newBrowser(),
                    json("externalId", "user_1", "signatures", object("externalId", site.sign("other"))));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text("/claimTrust/externalId")).isEqualTo("unverified");
        }

        @Test
        void anUntrustedExternalIdNeverLinksTwoVisitors() {
            Site site = server.newSite("optional");
            Browser first = site.newBrowser();
            Browser second = site.newBrowser();

            String firstId = site.identify(first, json("externalId", "user_1")).text("/id");
            String secondId =
                    site.identify(second, json("externalId", "user_1")).text("/id");

            assertThat(firstId).isEqualTo(first.visitorId());
            assertThat(secondId).isEqualTo(second.visitorId());
        }

        @Test
        void anUntrustedClaimOfAnotherIdentityNeverWritesIntoTheKnownVisitor() {
            Site site = server.newSite("optional");
            Browser browser = site.newBrowser();
            site.identify(
                    browser,
                    json(
                            "externalId",
                            "alice",
                            "name",
                            "Alice",
                            "signatures",
                            object("externalId", site.sign("alice"))));

            Response switched = site.identify(browser, json("externalId", "bob", "name", "Bob"));

            assertThat(switched.text("/id")).isNotEqualTo(browser.visitorId());
            Response alice = site.visitor(browser.visitorId());
            assertThat(alice.text("/externalId")).isEqualTo("alice");
            assertThat(alice.text("/name")).isEqualTo("Alice");
        }
    }

    @Nested
    class RequiredMode {
        @Test
        void anUnsignedExternalIdIsRefusedAndNothingChanges() {
            Site site = server.newSite("required");
            Browser browser = site.newBrowser();

            Response refused =
                    site.identify(browser, json("externalId", "user_1", "name", "Jane", "metadata", object("a", 1)));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("signature-required");
            Response me = site.me(browser);
            assertThat(me.text("/externalId")).isNull();
            assertThat(me.text("/name")).isNull();
            assertThat(me.json().get("metadata").toString()).isEqualTo("{}");
        }

        @Test
        void anInvalidSignatureOnAnEmailIsRefusedToo() {
            Site site = server.newSite("required");

            Response refused = site.identify(
                    site.newBrowser(),
                    json(
                            "externalId", "user_1",
                            "email", "a@example.com",
                            "signatures",
                                    object("externalId", site.sign("user_1"), "email", site.sign("b@example.com"))));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("signature-invalid");
        }

        @Test
        void anUnsignedEmailBesideASignedExternalIdIsKeptUnverified() {
            Site site = server.newSite("required");

            Response result = site.identify(
                    site.newBrowser(),
                    json(
                            "externalId", "user_1",
                            "email", "a@example.com",
                            "signatures", object("externalId", site.sign("user_1"))));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text("/claimTrust/externalId")).isEqualTo("verified");
            assertThat(result.text("/claimTrust/email")).isEqualTo("unverified");
            assertThat(result.json().get("hmacVerified").asBoolean()).isTrue();
        }

        @Test
        void aCallWithNoClaimStillUpdatesTheProfileAndMetadata() {
            Site site = server.newSite("required");

            Response result = site.identify(site.newBrowser(), json("name", "Jane", "metadata", object("a", 1)));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.text("/name")).isEqualTo("Jane");
            assertThat(result.json().get("metadata").toString()).isEqualTo("{\"a\":1}");
        }

        @Test
        void aSignedEmailIsAcceptedInItsNormalForm() {
            Site site = server.newSite("required");

            Response result = site.identify(
                    site.newBrowser(),
                    json("email", "Jane@Example.com", "signatures", object("email", site.sign("jane@example.com"))));

            assertThat(result.status()).as("%s", result).isEqualTo(200);
            assertThat(result.text("/claimTrust/email")).isEqualTo("verified");
        }
    }

    @Nested
    class Linking {
        @Test
        void aTrustedExternalIdHeldByAnotherVisitorMergesTheDeviceIntoIt() {
            Site site = server.newSite("required");
            Browser phone = site.newBrowser();
            site.identify(phone, signedAs(site, "user_1", "metadata", object("plan", "pro"), "name", "Jane"));
            Browser laptop = site.newBrowser();
            site.identify(
                    laptop, json("tag", "vip", "name", "Anonymous", "metadata", object("plan", "free", "cart", 2)));

            Response merged = site.identify(laptop, signedAs(site, "user_1"));

            assertThat(merged.status()).as("%s", merged).isEqualTo(200);
            assertThat(merged.text("/id")).isEqualTo(phone.visitorId());
            assertThat(merged.text("/anonymousUserId")).isEqualTo(laptop.anonymousId());
            assertThat(merged.text("/name")).isEqualTo("Jane");
            assertThat(merged.text("/tag")).isEqualTo("vip");
            assertThat(merged.json().get("metadata").get("plan").asText()).isEqualTo("pro");
            assertThat(merged.json().get("metadata").get("cart").asInt()).isEqualTo(2);
            assertThat(site.visitor(laptop.visitorId()).status()).isEqualTo(404);
            assertThat(site.me(laptop).text("/id")).isEqualTo(phone.visitorId());
            assertThat(site.visitor(phone.visitorId()).texts("/anonymousIds"))
                    .containsExactlyInAnyOrder(phone.anonymousId(), laptop.anonymousId());
        }

        @Test
        void identifyingAKnownDeviceAsAnotherIdentitySwitchesItWithoutMergingData() {
            Site site = server.newSite("disabled");
            Browser shared = site.newBrowser();
            site.identify(shared, json("externalId", "alice", "metadata", object("secret", "alice's")));
            Browser bobsPhone = site.newBrowser();
            String bobId = site.identify(bobsPhone, json("externalId", "bob")).text("/id");

            Response switched = site.identify(shared, json("externalId", "bob"));

            assertThat(switched.text("/id")).isEqualTo(bobId);
            assertThat(switched.json().get("metadata").has("secret")).isFalse();
            Response alice = site.visitor(shared.visitorId());
            assertThat(alice.text("/externalId")).isEqualTo("alice");
            assertThat(alice.json().get("metadata").get("secret").asText()).isEqualTo("alice's");
        }

        @Test
        void switchingToAnIdentityNobodyHoldsMakesANewVisitor() {
            Site site = server.newSite("disabled");
            Browser shared = site.newBrowser();
            site.identify(shared, json("externalId", "alice"));

            Response switched = site.identify(shared, json("externalId", "carol"));

            assertThat(switched.text("/id")).isNotEqualTo(shared.visitorId());
            assertThat(switched.text("/externalId")).isEqualTo("carol");
            assertThat(site.visitor(shared.visitorId()).text("/externalId")).isEqualTo("alice");
        }

        @Test
        void aTrustedEmailAssociatesTheVisitorsOfThatEmailWithOneContact() {
            Site site = server.newSite("disabled");

            String first = site.identify(site.newBrowser(), json("email", "Pat@Example.com"))
                    .text("/contactId");
            String second = site.identify(site.newBrowser(), json("email", "pat@example.com "))
                    .text("/contactId");

            assertThat(first).isNotNull().isEqualTo(second);
        }

        @Test
        void changingTheEmailReassociatesTheVisitor() {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            String before =
                    site.identify(browser, json("email", "old@example.com")).text("/contactId");

            String after =
                    site.identify(browser, json("email", "new@example.com")).text("/contactId");

            assertThat(after).isNotNull().isNotEqualTo(before);
            assertThat(site.contact(before).status()).isEqualTo(404);
        }
    }

    @Nested
    class Erasure {
        @Test
        void erasingAVisitorRevokesItsTokens() {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            site.identify(browser, json("externalId", "user_1"));

            site.erase(browser.visitorId());

            assertThat(site.me(browser).status()).isEqualTo(401);
        }

        @Test
        void erasingAVisitorFreesItsExternalId() {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            site.identify(browser, json("externalId", "user_1"));
            site.erase(browser.visitorId());

            Browser next = site.newBrowser();
            Response result = site.identify(next, json("externalId", "user_1"));

            assertThat(result.text("/id")).isEqualTo(next.visitorId());
            assertThat(site.visitors("?externalId=user_1").visitorIds()).containsExactly(next.visitorId());
        }

        @Test
        void erasingTheLastVisitorOfAContactDeletesTheContact() {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            String contactId =
                    site.identify(browser, json("email", "gone@example.com")).text("/contactId");

            site.erase(browser.visitorId());

            assertThat(site.contact(contactId).status()).isEqualTo(404);
        }

        @Test
        void aContactThatStillHasAVisitorSurvivesTheErasureOfAnother() {
            Site site = server.newSite("disabled");
            Browser erased = site.newBrowser();
            Browser kept = site.newBrowser();
            String contactId =
                    site.identify(erased, json("email", "shared@example.com")).text("/contactId");
            site.identify(kept, json("email", "shared@example.com"));

            site.erase(erased.visitorId());

            Response contact = site.contact(contactId);
            assertThat(contact.status()).isEqualTo(200);
            assertThat(contact.texts("/visitorIds")).containsExactly(kept.visitorId());
        }
    }

    @Nested
    class WorkspaceIsolation {
        @Test
        void aVisitorTokenWorksOnlyInItsOwnWorkspace() {
            Site mine = server.newSite("disabled");
            Site theirs = server.newSite("disabled");
            Browser browser = mine.newBrowser();

            Response refused = server.api.get(theirs.path("/visitors/me"), browser.token());

            assertThat(refused.status()).isEqualTo(401);
        }

        @Test
        void anotherWorkspaceSeesNoneOfAVisitorByIdExternalIdOrEmail() {
            Site mine = server.newSite("disabled");
            Site theirs = server.newSite("disabled");
            Browser browser = mine.newBrowser();
            String contactId = mine.identify(browser, json("externalId", "user_1", "email", "iso@example.com"))
                    .text("/contactId");

            assertThat(theirs.visitor(browser.visitorId()).status()).isEqualTo(404);
            assertThat(theirs.visitors("?externalId=user_1").visitorIds()).isEmpty();
            assertThat(theirs.visitors("?email=iso@example.com").visitorIds()).isEmpty();
            assertThat(theirs.contact(contactId).status()).isEqualTo(404);
        }

        @Test
        void theSameTrustedExternalIdInTwoWorkspacesIsTwoVisitors() {
            Site mine = server.newSite("disabled");
            Site theirs = server.newSite("disabled");

            String inMine = mine.identify(mine.newBrowser(), json("externalId", "user_1"))
                    .text("/id");
            String inTheirs = theirs.identify(theirs.newBrowser(), json("externalId", "user_1"))
                    .text("/id");

            assertThat(inMine).isNotEqualTo(inTheirs);
        }

        @Test
        void anotherWorkspacesSecretDoesNotVerify() {
            Site mine = server.newSite("required");
            Site theirs = server.newSite("required");

            Response refused = mine.identify(
                    mine.newBrowser(),
                    json("externalId", "user_1", "signatures", object("externalId", theirs.sign("user_1"))));

            assertThat(refused.code()).isEqualTo("signature-invalid");
        }
    }

    @Nested
    class KeyRotation {
        @Test
        void thePreviousKeyKeepsVerifyingDuringItsGrace() {
            Site site = server.newSite("required");
            String oldSignature = site.sign("user_1");

            site.rotateKey(3600);
            Response result = site.identify(
                    site.newBrowser(), json("externalId", "user_1", "signatures", object("externalId", oldSignature)));

            assertThat(result.status()).as("%s", result).isEqualTo(200);
            assertThat(result.text("/claimTrust/externalId")).isEqualTo("verified");
        }

        @Test
        void theNewKeyVerifiesAtOnce() {
            Site site = server.newSite("required");
            String newSecret = site.rotateKey(3600).text("/signingSecret");

            Response result = site.identify(
                    site.newBrowser(),
                    json(
                            "externalId",
                            "user_1",
                            "signatures",
                            object("externalId", TestHmac.hex(newSecret, "user_1"))));

            assertThat(result.status()).isEqualTo(200);
        }

        @Test
        void aGraceOfZeroRetiresThePreviousKeyAtOnce() {
            Site site = server.newSite("required");
            String oldSignature = site.sign("user_1");

            site.rotateKey(0);
            Response refused = site.identify(
                    site.newBrowser(), json("externalId", "user_1", "signatures", object("externalId", oldSignature)));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("signature-invalid");
        }
    }

    private static String signedAs(Site site, String externalId, Object... more) {
        Object[] keysAndValues = new Object[4 + more.length];
        keysAndValues[0] = "externalId";
        keysAndValues[1] = externalId;
        keysAndValues[2] = "signatures";
        keysAndValues[3] = object("externalId", site.sign(externalId));
        System.arraycopy(more, 0, keysAndValues, 4, more.length);
        return json(keysAndValues);
    }

    private static List<String> codes(Response result) {
        return StreamSupport.stream(result.json().get("warnings").spliterator(), false)
                .map(warning -> warning.get("code").asText())
                .toList();
    }
}
