package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * 250 connections that announce a 1,000-byte identify body and send one byte every 5 s (with a
 * well-formed bearer token, so the body is read), reconnecting whenever the server drops them:
 * meanwhile {@code /health/live} and a real identify are still answered. The answers' timing is
 * measured by {@code benchmarks/load/hostile.sh} (docs/operations.md, "Measured under attack"),
 * not here: a probe's client gives up after 30 s, so this asserts "answered at all, with the
 * right status".
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

                Response live = server.api.get("/health/live", null);
                Response identified = site.identify(browser, json("name", "Answered"));

                assertThat(live.status()).isEqualTo(200);
                assertThat(identified.status()).as("%s", identified).isEqualTo(200);
            } finally {
                attack.stop();
            }
        }
    }

    /** The attack: each connection sends its headers, then a byte every {@value #TRICKLE_SECONDS} s. */
    private static final class SlowBodies {
        private final int port;
        private final String path;
        private final List<Socket> sockets = new ArrayList<>();
        private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        private int reopened;

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

        synchronized int reopened() {
            return reopened;
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
                        throw new IOException("answered: the server gave up on this body");
                    }
                } catch (IOException cutOff) {
                    closeQuietly(sockets.get(i));
                    try {
                        sockets.set(i, connect());
                        reopened++;
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

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
