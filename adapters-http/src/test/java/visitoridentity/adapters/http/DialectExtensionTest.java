package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.IdentityResultJson;
import visitoridentity.application.identify.IdentifyVisitorCommand;

/** A throwaway vendor registered here, touching no other package, is served like a real dialect. */
class DialectExtensionTest {

    /** Identifies with {@code {"user": "..."}}, and refuses {@code "user": "nobody"} in its own words. */
    static final class EchoDialect implements Dialect {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public void register(DialectRoutes routes) {
            routes.identify("/identify", "Identify with the echo vendor's payload", call -> {
                JsonFields body = call.jsonBody();
                String user = body.requiredText("user");
                if (user.equals("nobody")) {
                    throw new ProblemException(
                            Problem.of("signature-invalid", 401, "Echo says no", "nobody is nobody"));
                }
                IdentifyVisitorCommand command = IdentifyVisitorCommand.builder(call.visitorCredentials())
                        .externalId(user)
                        .build();
                call.respond(200, IdentityResultJson.of(routes.identifyVisitor().identify(command)));
            });
            routes.get(
                    "/whoami",
                    "The session's external id",
                    call -> call.respond(
                            200,
                            IdentityResultJson.of(routes.showCurrentVisitor().show(call.visitorCredentials()))));
        }
    }

    @Test
    void aRegisteredDialectIsMountedUnderItsName() {
        try (TestServer server = TestServer.builder().dialect(new EchoDialect()).start()) {
            Session session = server.session(server.createWorkspace().path("id").asText());

            Reply identified = server.post(
                    "/compat/echo/" + session.workspaceId() + "/identify", session.token(), "{\"user\":\"u1\"}");
            Reply whoami = server.get("/compat/echo/" + session.workspaceId() + "/whoami", session.token());

            assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
            assertThat(identified.json().path("externalId").asText()).isEqualTo("u1");
            assertThat(whoami.json().path("externalId").asText()).isEqualTo("u1");
        }
    }

    @Test
    void aDialectGetsTheSharedGuardsProblemsAndMetrics() {
        try (TestServer server = TestServer.builder().dialect(new EchoDialect()).start()) {
            Session session = server.session(server.createWorkspace().path("id").asText());
            String identify = "/compat/echo/" + session.workspaceId() + "/identify";

            Reply unauthorized = server.post(identify, null, "{\"user\":\"u1\"}");
            Reply invalid = server.post(identify, session.token(), "{\"user\":5}");
            Reply vendorError = server.post(identify, session.token(), "{\"user\":\"nobody\"}");
            Reply preflight = server.request("OPTIONS", identify)
                    .header("Origin", "https://shop.example.com")
                    .header("Access-Control-Request-Method", "POST")
                    .send();

            assertThat(unauthorized.problemCode()).isEqualTo("unauthorized");
            assertThat(invalid.problemCode()).isEqualTo("invalid-json");
            assertThat(vendorError.status()).isEqualTo(401);
            assertThat(vendorError.json().path("title").asText()).isEqualTo("Echo says no");
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(server.get("/metrics", null).body())
                    .contains("visitor_identity_identify_total{dialect=\"echo\",outcome=\"unauthorized\"} 1.0")
                    .contains("visitor_identity_signature_failures_total{dialect=\"echo\",reason=\"invalid\"} 1.0");
        }
    }

    @Test
    void aDialectsRoutesAreDescribed() {
        try (TestServer server = TestServer.builder().dialect(new EchoDialect()).start()) {
            Reply description = server.get("/openapi.json", null);

            assertThat(description
                            .json()
                            .path("paths")
                            .path("/compat/echo/{ws}/identify")
                            .path("post")
                            .path("summary")
                            .asText())
                    .isEqualTo("Identify with the echo vendor's payload");
            assertThat(OperationsTest.documentedRoutes(description.json()))
                    .containsExactlyInAnyOrderElementsOf(server.api.registeredRoutes());
        }
    }

    @Test
    void twoDialectsCannotShareAName() {
        assertThatThrownBy(() -> TestServer.builder()
                        .dialect(new EchoDialect())
                        .dialect(new EchoDialect())
                        .start())
                .hasMessageContaining("echo");
    }

    @Test
    void aDialectNameMustFitAPathSegment() {
        Dialect badName = new Dialect() {
            @Override
            public String name() {
                return "Echo Vendor";
            }

            @Override
            public void register(DialectRoutes routes) {}
        };

        assertThatThrownBy(() -> TestServer.builder().dialect(badName).start()).hasMessageContaining("Echo Vendor");
    }
}
