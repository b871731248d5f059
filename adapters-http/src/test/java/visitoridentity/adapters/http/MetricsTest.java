package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;

class MetricsTest {
    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private String scrape() {
        return server.get("/metrics", null).body();
    }

    @Test
    void identifyCallsAreCountedByOutcomeAndDialect() {
        Session session = server.session(server.createWorkspace().path("id").asText());
        server.identify(session, "{\"name\":\"Jane\"}");
        server.identify(session, "{\"name\":\"Jane\"}");
        server.identify(session, "{not json");

        assertThat(scrape())
                .contains("visitor_identity_identify_total{dialect=\"native\",outcome=\"ok\"} 2.0")
                .contains("visitor_identity_identify_total{dialect=\"native\",outcome=\"invalid-json\"} 1.0");
    }

    @Test
    void refusedSignaturesAreCountedByReason() {
        Session session = server.session(server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}")
                .path("id")
                .asText());
        server.identify(session, "{\"externalId\":\"user_1\"}");
        server.identify(session, "{\"externalId\":\"user_1\",\"signatures\":{\"externalId\":\"xyz\"}}");

        assertThat(scrape())
                .contains("visitor_identity_signature_failures_total{dialect=\"native\",reason=\"required\"} 1.0")
                .contains("visitor_identity_signature_failures_total{dialect=\"native\",reason=\"malformed\"} 1.0");
    }

    @Test
    void identifyLatencyIsAHistogram() {
        Session session = server.session(server.createWorkspace().path("id").asText());
        server.identify(session, "{\"name\":\"Jane\"}");

        assertThat(scrape())
                .contains("visitor_identity_identify_duration_seconds_bucket{dialect=\"native\",le=")
                .contains("visitor_identity_identify_duration_seconds_count{dialect=\"native\"} 1");
    }

    @Test
    void requestsAreTimedByRouteTemplateNotByPath() {
        String workspace = server.createWorkspace().path("id").asText();
        server.startVisitor(workspace);
        server.get("/no/such/route", null);

        assertThat(scrape())
                .contains("uri=\"/v1/workspaces/{ws}/visitors\"")
                .contains("uri=\"UNMATCHED\"")
                .doesNotContain("uri=\"/v1/workspaces/" + workspace);
    }
}
