package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health, metrics and the API description, as the bootstrap wires them. */
class OperationsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServerIsLive() {
        assertThat(server.api.get("/health/live", null).status()).isEqualTo(200);
    }

    @Test
    void theServerIsReadyWhenItsDatabaseAnswers() {
        assertThat(server.api.get("/health/ready", null).status()).isEqualTo(200);
    }

    @Test
    void metricsIncludeTheJvmAndTheConnectionPool() {
        Site site = server.newSite("disabled");
        site.identify(site.newBrowser(), json("name", "x"));

        Response metrics = server.api.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes")
                .contains("jvm_threads_live_threads")
                .contains("process_uptime_seconds")
                .contains("hikaricp_connections_active")
                .contains("hikaricp_connections_max");
    }

    @Test
    void theApiDescriptionIsServed() {
        Response openApi = server.api.get("/openapi.json", null);

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/v1/workspaces/{ws}/identify"))
                .isTrue();
    }
}
