package visitoridentity.bootstrap.endtoend;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Identity events and webhooks over HTTP on PostgreSQL. */
class EventsOverHttpOnPostgresTest extends EventsOverHttpContract {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.onPostgres(Map.of("VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK", "true"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected TestServer server() {
        return server;
    }
}
