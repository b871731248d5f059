package visitoridentity.bootstrap.endtoend;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Identity events and webhooks over HTTP on the embedded H2 database. */
class EventsOverHttpOnH2Test extends EventsOverHttpContract {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.with(Map.of("VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK", "true"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected TestServer server() {
        return server;
    }
}
