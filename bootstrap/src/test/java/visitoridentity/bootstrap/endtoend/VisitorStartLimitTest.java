package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /visitors} is limited per client address by a token bucket. */
class VisitorStartLimitTest {
    @Test
    void pastTheBurstAStartIsRefusedWithWhenToRetry() {
        try (TestServer server = TestServer.with(Map.of("VISITOR_IDENTITY_VISITOR_START_RATE", "1/h,burst=3"))) {
            Site site = server.newSite("disabled");
            for (int i = 0; i < 3; i++) {
                assertThat(server.api.post(site.path("/visitors"), null, "").status())
                        .isEqualTo(201);
            }

            Response refused = server.api.post(site.path("/visitors"), null, "");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("too-many-requests");
            assertThat(refused.header("Content-Type").orElse("")).startsWith("application/problem+json");
            long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 3_600L);
            assertThat(site.visitors("").visitorIds()).hasSize(3);
        }
    }

    @Test
    void theLimitIsPerVisitorStartsOnlyNotOnIdentify() {
        try (TestServer server = TestServer.with(Map.of("VISITOR_IDENTITY_VISITOR_START_RATE", "1/h,burst=1"))) {
            Site site = server.newSite("disabled");
            Site.Browser browser = site.newBrowser();

            for (int i = 0; i < 5; i++) {
                assertThat(site.identify(browser, Api.json("name", "n" + i)).status())
                        .isEqualTo(200);
            }
            assertThat(server.api.post(site.path("/visitors"), null, "").status())
                    .isEqualTo(429);
        }
    }
}
