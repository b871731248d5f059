package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** The console shows the first start's secrets once; the log never shows a secret, token, signature or email. */
class SecretsStayOutOfTheLogTest {
    private static final Pattern SECRET = Pattern.compile("(vir_|vik_|whsec_|vt_)[0-9a-f]{64}");

    @Test
    void noSecretTokenSignatureOrEmailReachesTheLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        Path dataDirectory = TestServer.temporaryDirectory();
        List<String> secrets = new ArrayList<>();
        try (TestServer server = TestServer.unconfigured(dataDirectory)) {
            Matcher printed = SECRET.matcher(server.console());
            while (printed.find()) {
                secrets.add(printed.group());
            }
            Site site = server.newSite("required");
            Browser browser = site.newBrowser();
            String signature = site.sign("user_secret");
            site.identify(
                    browser,
                    json(
                            "externalId", "user_secret",
                            "email", "hidden@example.com",
                            "signatures", object("externalId", signature)));
            site.identify(browser, json("email", "not-an-email-but-private"));
            server.api.get(site.path("/visitors/me"), "vt_wrong-token-that-must-not-be-logged");
            secrets.addAll(List.of(browser.token(), site.signingSecret, site.adminKey, signature));
        } finally {
            root.detachAppender(log);
            TestServer.delete(dataDirectory);
        }

        String logged = String.join(
                "\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(7);
        assertThat(logged).isNotEmpty();
        for (String secret : secrets) {
            assertThat(logged).doesNotContain(secret);
        }
        assertThat(logged)
                .doesNotContain("hidden@example.com")
                .doesNotContain("not-an-email-but-private")
                .doesNotContain("vt_wrong-token-that-must-not-be-logged")
                .doesNotContain(TestServer.ROOT_TOKEN);
    }
}
