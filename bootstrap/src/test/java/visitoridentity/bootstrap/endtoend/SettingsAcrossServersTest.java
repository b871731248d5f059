package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.TestHmac;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * Two servers on one PostgreSQL database, each caching workspace settings and signing keys: what
 * an administrator changes through one is enforced by the other moments later (it is told through
 * the database), and from then on for good.
 */
class SettingsAcrossServersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        String database = PostgresSchema.fresh();
        first = TestServer.onPostgres(database);
        second = TestServer.onPostgres(database);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aKeyRetiredOnOneServerNeverVerifiesOnTheOtherOnceItStopped() {
        Site site = first.newSite("required");
        Site elsewhere = site.through(second.api);
        Browser browser = elsewhere.newBrowser();
        String oldSignature = site.sign("user_1");
        assertThat(elsewhere.identify(browser, signed("user_1", oldSignature)).status())
                .isEqualTo(200);

        Response rotated = site.rotateKey(0);
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(201);
        String newSignature = TestHmac.hex(rotated.text("/signingSecret"), "user_1");

        assertThat(eventually(() -> elsewhere.identify(browser, signed("user_1", oldSignature)), refused()))
                .as("the retired key is refused by the other server")
                .isTrue();
        for (int i = 0; i < 20; i++) {
            Response retired = elsewhere.identify(browser, signed("user_1", oldSignature));
            assertThat(retired.status()).as("%s", retired).isEqualTo(401);
            assertThat(retired.code()).isEqualTo("signature-invalid");
        }
        Response current = elsewhere.identify(browser, signed("user_1", newSignature));
        assertThat(current.status()).as("%s", current).isEqualTo(200);
        assertThat(current.text("/claimTrust/externalId")).isEqualTo("verified");
    }

    @Test
    void aStricterVerificationModeOnOneServerIsEnforcedByTheOther() {
        Site site = first.newSite("disabled");
        Site elsewhere = site.through(second.api);
        Browser browser = elsewhere.newBrowser();
        assertThat(elsewhere.identify(browser, json("externalId", "user_1")).status())
                .isEqualTo(200);

        Response changed = site.settings(json("verificationMode", "required"));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);

        assertThat(eventually(() -> elsewhere.identify(browser, json("externalId", "user_1")), refused()))
                .as("an unsigned claim is refused by the other server")
                .isTrue();
        for (int i = 0; i < 20; i++) {
            Response unsigned = elsewhere.identify(browser, json("externalId", "user_1"));
            assertThat(unsigned.status()).as("%s", unsigned).isEqualTo(401);
            assertThat(unsigned.code()).isEqualTo("signature-required");
        }
    }

    private static String signed(String externalId, String signature) {
        return json("externalId", externalId, "signatures", object("externalId", signature));
    }

    private static Predicate<Response> refused() {
        return response -> response.status() == 401;
    }

    /** Whether a call answers as expected within {@link #PATIENCE}, trying every 20 ms. */
    private static boolean eventually(Supplier<Response> call, Predicate<Response> expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (expected.test(call.get())) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
