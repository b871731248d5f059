package visitoridentity.adapters.http.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;

class BrowserSdkEndpointTest {
    private static final String PATH = "/sdk/v1/visitor-identity.js";

    @Test
    void servesTheBuiltScriptAsJavaScriptCachedForAYearAsImmutable() throws IOException {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.request("GET", PATH).send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(reply.raw().headers().firstValue("Cache-Control"))
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(reply.raw().headers().firstValue("ETag"))
                    .hasValueSatisfying(etag -> assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\""));
            assertThat(reply.raw().headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("*");
            assertThat(reply.body()).isEqualTo(builtScript()).contains("visitorIdentity");
        }
    }

    @Test
    void answers304WithoutABodyWhenTheCallerHoldsTheCurrentVersion() {
        try (TestServer server = TestServer.start()) {
            String etag = server.request("GET", PATH)
                    .send()
                    .raw()
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();

            Reply again = server.request("GET", PATH)
                    .header("If-None-Match", "\"stale\", " + etag)
                    .send();

            assertThat(again.status()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.raw().headers().firstValue("ETag")).hasValue(etag);
        }
    }

    @Test
    void answersTheWholeScriptToAStaleETag() {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.request("GET", PATH)
                    .header("If-None-Match", "\"an-older-build\"")
                    .send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isNotEmpty();
        }
    }

    @Test
    void theDemoIsNotServedUnlessTheServerRunsIt() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.request("GET", "/demo").send().status()).isEqualTo(404);
            assertThat(server.request("POST", "/demo/signature").send().status())
                    .isEqualTo(404);
        }
    }

    private static String builtScript() throws IOException {
        try (InputStream in =
                BrowserSdkEndpointTest.class.getClassLoader().getResourceAsStream(BrowserSdkEndpoint.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
