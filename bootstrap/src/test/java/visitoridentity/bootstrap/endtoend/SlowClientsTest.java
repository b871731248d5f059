package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.HttpSettings;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * 250 connections that announce a 1,000-byte identify body and send one byte every 5 s (with a
 * well-formed bearer token, so the body is read), reconnecting whenever the server drops them:
 * no request thread waits for one of those bodies (they are read before a thread takes the request),
 * {@code /health/live} and a real identify are still answered, and the server cuts every one of
 * the trickles with a 408 (the minimum request data rate) rather than waiting for their bodies. The
 * answers' timing is measured by {@code benchmarks/load/hostile.sh} (docs/operations.md, "Measured
 * under attack"), not here: a probe's client gives up after 30 s, so this asserts "answered at
 * all, with the right status", and the cut within 30 s.
 */
class SlowClientsTest {
    private static final int SLOW_CONNECTIONS = 250;
    private static final long TRICKLE_SECONDS = 5;

    @Test
    void trickledBodiesDoNotStopHealthOrIdentifyFromAnswering() throws Exception {
        try (TestServer server = TestServer.start()) {
            Site site = server.newSite("disabled");
            Browser browser = site.newBrowser();
            SlowBodies attack = new SlowBodies(server.api.base().getPort(), site.path("/identify"));
            try {
                attack.open(SLOW_CONNECTIONS);
                Thread.sleep(2_000); // every slow request has reached a handler and is reading its body

                int busy = busyRequestThreads(server);
                Response live = server.api.get("/health/live", null);
                Response identified = site.identify(browser, json("name", "Answered"));

                assertThat(busy)
                        .as("request threads busy while %s bodies trickle in", SLOW_CONNECTIONS)
                        .isLessThan(HttpSettings.MAX_THREADS / 4);

                assertThat(live.status()).isEqualTo(200);
                assertThat(identified.status()).as("%s", identified).isEqualTo(200);
                assertThat(attack.cutWithin(SLOW_CONNECTIONS, Duration.ofSeconds(30)))
                        .as("trickled bodies the server gave up on")
                        .isGreaterThanOrEqualTo(SLOW_CONNECTIONS);
                assertThat(attack.answers()).isNotEmpty().allMatch(status -> status.startsWith("HTTP/1.1 408 "));
            } finally {
                attack.stop();
            }
        }
    }

    /** What the server's own metrics say of its request threads: how many are handling a request. */
    private static int busyRequestThreads(TestServer server) {
        Matcher busy = Pattern.compile("(?m)^jetty_threads_busy(?:\\{[^}]*\\})? ([0-9.]+)$")
                .matcher(server.api.get("/metrics", null).body());
        assertThat(busy.find()).as("jetty_threads_busy in /metrics").isTrue();
        return (int) Double.parseDouble(busy.group(1));
    }

    /** The attack: each connection sends its headers, then a byte every {@value #TRICKLE_SECONDS} s. */
    private static final class SlowBodies {
        private final int port;
        private final String path;
        private final List<Socket> sockets = new ArrayList<>();
        private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        private int cut;
        private final List<String> answers = new ArrayList<>();

        SlowBodies(int port, String path) {
            this.port = port;
            this.path = path;
        }

        synchronized void open(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                sockets.add(connect());
            }
            trickle.scheduleAtFixedRate(this::sendAByteEach, TRICKLE_SECONDS, TRICKLE_SECONDS, TimeUnit.SECONDS);
        }

        /** Waits until the server has cut that many trickles, or the time is up; says how many it cut. */
        int cutWithin(int count, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (cut() < count && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            return cut();
        }

        private synchronized int cut() {
            return cut;
        }

        /** The status line of each answer the server gave a trickle before it closed the connection. */
        synchronized List<String> answers() {
            return List.copyOf(answers);
        }

        synchronized void stop() {
            trickle.shutdownNow();
            sockets.forEach(SlowBodies::closeQuietly);
        }

        private synchronized void sendAByteEach() {
            for (int i = 0; i < sockets.size(); i++) {
                try {
                    OutputStream out = sockets.get(i).getOutputStream();
                    out.write('{');
                    out.flush();
                    if (sockets.get(i).getInputStream().available() > 0) {
                        answers.add(statusLine(sockets.get(i)));
                        throw new IOException("answered: the server gave up on this body");
                    }
                } catch (IOException cutOff) {
                    if (!sockets.get(i).isClosed()) {
                        cut++; // not one whose reconnection was refused last round
                    }
                    closeQuietly(sockets.get(i));
                    try {
                        sockets.set(i, connect());
                    } catch (IOException refused) {
                        // the server refused the connection: try again on the next round
                    }
                }
            }
        }

        private Socket connect() throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer vt_" + "a".repeat(43) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write('{');
            socket.getOutputStream().flush();
            return socket;
        }

        private static String statusLine(Socket socket) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = socket.getInputStream().read();
                    c != -1 && c != '\r';
                    c = socket.getInputStream().read()) {
                line.append((char) c);
            }
            return line.toString();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
