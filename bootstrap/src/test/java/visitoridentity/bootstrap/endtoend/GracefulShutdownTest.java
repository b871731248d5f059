package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** Stopping, as the SIGTERM hook does, lets the request in flight finish and then refuses new ones. */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheServerStopsIsAnsweredInFull() throws Exception {
        TestServer server = TestServer.start();
        Site site = server.newSite("disabled");
        Browser browser = site.newBrowser();
        byte[] body = "{\"name\":\"Slow Upload\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest slowIdentify = HttpRequest.newBuilder(server.api.base().resolve(site.path("/identify")))
                .header("Authorization", "Bearer " + browser.token())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.fromPublisher(
                        BodyPublishers.ofInputStream(() -> new SlowUpload(body, 10, Duration.ofMillis(1500))),
                        body.length))
                .build();

        CompletableFuture<HttpResponse<String>> inFlight =
                HttpClient.newHttpClient().sendAsync(slowIdentify, BodyHandlers.ofString());
        Thread.sleep(500);
        server.close();

        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"name\":\"Slow Upload\"");
        assertThatThrownBy(() -> server.api.get("/health/live", null)).isInstanceOf(RuntimeException.class);
    }

    /** Sends the first bytes at once and the rest only after a pause. */
    private static final class SlowUpload extends InputStream {
        private final byte[] bytes;
        private final int pauseAt;
        private final Duration pause;
        private int position;

        SlowUpload(byte[] bytes, int pauseAt, Duration pause) {
            this.bytes = bytes;
            this.pauseAt = pauseAt;
            this.pause = pause;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            if (position == pauseAt) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int end = position < pauseAt ? pauseAt : bytes.length;
            int count = Math.min(length, end - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
