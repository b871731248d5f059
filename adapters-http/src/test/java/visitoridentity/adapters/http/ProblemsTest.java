package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.application.port.ConcurrentUpdateException;

class ProblemsTest {
    private static final int LIMIT = 64 * 1024;

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("urn:visitor-identity:problem:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static void assertInvalidField(Reply reply, String field) {
        assertProblem(reply, 400, "invalid-field");
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
    }

    @Nested
    class BadInput {
        private final TestServer server = TestServer.start();
        private final Session session =
                server.session(server.createWorkspace().path("id").asText());

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void aBodyThatIsNotJsonIsInvalidJson() {
            assertProblem(server.identify(session, "{\"name\": \"Jane\""), 400, "invalid-json");
        }

        @Test
        void aBodyThatIsNotAnObjectIsInvalidJson() {
            assertProblem(server.identify(session, "[1,2]"), 400, "invalid-json");
        }

        @Test
        void anEmptyBodyIsInvalidJson() {
            assertProblem(server.identify(session, ""), 400, "invalid-json");
        }

        @Test
        void aFieldOfTheWrongJsonTypeIsInvalidJsonNamingTheField() {
            Reply reply = server.identify(session, "{\"externalId\":5}");

            assertProblem(reply, 400, "invalid-json");
            assertThat(reply.json().path("field").asText()).isEqualTo("externalId");
        }

        @Test
        void aNestedFieldOfTheWrongTypeIsNamedByItsPath() {
            Reply reply = server.identify(session, "{\"signatures\":{\"email\":true}}");

            assertProblem(reply, 400, "invalid-json");
            assertThat(reply.json().path("field").asText()).isEqualTo("signatures.email");
        }

        @Test
        void metadataThatIsNotAnObjectIsInvalidJson() {
            assertProblem(server.identify(session, "{\"metadata\":[1]}"), 400, "invalid-json");
        }

        @Test
        void nanIsInvalidJson() {
            assertProblem(server.identify(session, "{\"metadata\":{\"a\":NaN}}"), 400, "invalid-json");
        }

        @Test
        void deepNestingIsInvalidJson() {
            String deep = "{\"metadata\":{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}}";

            assertProblem(server.identify(session, deep), 400, "invalid-json");
        }

        @Test
        void metadataNestedBeyondItsLimitIsAnInvalidField() {
            String deep = "{\"metadata\":{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}}";

            Reply reply = server.identify(session, deep);

            assertProblem(reply, 400, "invalid-field");
            assertThat(reply.json().path("field").asText()).startsWith("metadata");
        }

        @Test
        void duplicateKeysAreInvalidJson() {
            assertProblem(server.identify(session, "{\"name\":\"a\",\"name\":\"b\"}"), 400, "invalid-json");
        }

        @Test
        void anUnknownEnumValueIsAnInvalidField() {
            assertInvalidField(server.identify(session, "{\"metadataMode\":\"upsert\"}"), "metadataMode");
        }

        @Test
        void aBadClaimIsAnInvalidFieldNamingIt() {
            assertInvalidField(server.identify(session, "{\"email\":\"not-an-email\"}"), "email");
        }

        @Test
        void aHugeStringIsAnInvalidFieldNotAFailure() {
            assertInvalidField(server.identify(session, "{\"name\":\"" + "x".repeat(60_000) + "\"}"), "name");
        }

        @Test
        void aStringWithUPlus0000IsAnInvalidField() {
            assertInvalidField(server.identify(session, "{\"tag\":\"a\\u0000\"}"), "tag");
        }

        @Test
        void aWorkspaceWithAnUnknownModeIsNotCreated() {
            assertInvalidField(
                    server.post(
                            "/v1/workspaces", TestServer.ROOT, "{\"name\":\"Shop\",\"verificationMode\":\"strict\"}"),
                    "verificationMode");
        }

        @Test
        void aMetadataLimitOutOfRangeNamesItsMember() {
            assertInvalidField(
                    server.post("/v1/workspaces", TestServer.ROOT, "{\"name\":\"Shop\",\"metadataLimit\":{\"max\":1}}"),
                    "metadataLimit.max");
        }

        @Test
        void aWorkspaceWithoutANameIsAnInvalidField() {
            assertInvalidField(server.post("/v1/workspaces", TestServer.ROOT, "{}"), "name");
        }

        @Test
        void aRefusedIdentifyChangesNothing() {
            server.identify(session, "{\"name\":\"Jane\",\"metadata\":{\"a\":1}}");

            server.identify(
                    session, "{\"name\":\"Joan\",\"metadata\":{\"b\":" + "[".repeat(20) + "]".repeat(20) + "}}");

            Reply me = server.me(session);
            assertThat(me.json().path("name").asText()).isEqualTo("Jane");
            assertThat(me.body()).contains("\"metadata\":{\"a\":1}");
        }
    }

    @Nested
    class BodyLimit {
        private final TestServer server = TestServer.start();
        private final Session session =
                server.session(server.createWorkspace().path("id").asText());

        @AfterEach
        void stop() {
            server.close();
        }

        private String bodyOf(int bytes) {
            String prefix = "{\"metadata\":{\"a\":\"";
            String suffix = "\"}}";
            return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
        }

        @Test
        void aBodyOverTheLimitIsRefusedByItsDeclaredLength() {
            Reply reply = server.identify(session, bodyOf(LIMIT + 1));

            assertProblem(reply, 413, "payload-too-large");
        }

        @Test
        void aChunkedBodyOverTheLimitIsRefusedWhileItIsRead() {
            byte[] body = bodyOf(LIMIT * 4).getBytes(StandardCharsets.UTF_8);

            Reply reply = server.request("POST", "/v1/workspaces/" + session.workspaceId() + "/identify")
                    .bearer(session.token())
                    .header("Content-Type", "application/json")
                    .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .send();

            assertProblem(reply, 413, "payload-too-large");
        }

        @Test
        void aChunkedBodyWithinTheLimitIsReadWhole() {
            byte[] body = bodyOf(LIMIT).getBytes(StandardCharsets.UTF_8);

            Reply reply = server.request("POST", "/v1/workspaces/" + session.workspaceId() + "/identify")
                    .bearer(session.token())
                    .header("Content-Type", "application/json")
                    .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .send();

            assertThat(reply.status()).as("%s", reply).isNotIn(400, 408, 413);
        }

        @Test
        void aBodyOfExactlyTheLimitIsRead() {
            Reply reply = server.identify(session, bodyOf(LIMIT));

            assertThat(reply.status()).isNotEqualTo(413);
        }

        @Test
        void theLimitAppliesToAdminEndpointsToo() {
            assertProblem(server.post("/v1/workspaces", TestServer.ROOT, bodyOf(LIMIT + 1)), 413, "payload-too-large");
        }
    }

    @Nested
    class Credentials {
        private final TestServer server = TestServer.start();
        private final JsonNode workspace = server.createWorkspace();
        private final String workspaceId = workspace.path("id").asText();

        @AfterEach
        void stop() {
            server.close();
        }

        private void assertUnauthorized(Reply reply) {
            assertProblem(reply, 401, "unauthorized");
            assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
        }

        @Test
        void aBrowserCallWithoutATokenIsUnauthorized() {
            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId + "/visitors/me", null));
        }

        @Test
        void aGarbledAuthorizationHeaderIsUnauthorized() {
            assertUnauthorized(server.request("GET", "/v1/workspaces/" + workspaceId + "/visitors/me")
                    .header("Authorization", "Basic dXNlcjpwYXNz")
                    .send());
            assertUnauthorized(server.request("GET", "/v1/workspaces/" + workspaceId + "/visitors/me")
                    .header("Authorization", "Bearer")
                    .send());
        }

        @Test
        void aWrongVisitorTokenIsUnauthorized() {
            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId + "/visitors/me", "not-a-token"));
        }

        @Test
        void aVisitorTokenOfAnotherWorkspaceIsUnauthorized() {
            Session elsewhere =
                    server.session(server.createWorkspace().path("id").asText());

            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId + "/visitors/me", elsewhere.token()));
        }

        @Test
        void anAdminCallWithoutATokenIsUnauthorized() {
            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId, null));
            assertUnauthorized(server.post("/v1/workspaces", null, "{\"name\":\"Shop\"}"));
        }

        @Test
        void aWrongAdminTokenIsUnauthorized() {
            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId, "wrong"));
        }

        @Test
        void aVisitorTokenIsNoAdminCredential() {
            Session session = server.session(workspaceId);

            assertUnauthorized(server.get("/v1/workspaces/" + workspaceId, session.token()));
        }
    }

    @Nested
    class Signatures {
        private final TestServer server = TestServer.start();
        private final Session session =
                server.session(server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}")
                        .path("id")
                        .asText());

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void aClaimWithoutItsSignatureIsRefusedInRequiredMode() {
            Reply reply = server.identify(session, "{\"externalId\":\"user_123\"}");

            assertProblem(reply, 401, "signature-required");
            assertThat(reply.header("WWW-Authenticate")).isPresent();
        }

        @Test
        void aSignatureThatDoesNotVerifyIsRefusedInRequiredMode() {
            String wrong = "0".repeat(64);

            assertProblem(
                    server.identify(
                            session, "{\"externalId\":\"user_123\",\"signatures\":{\"externalId\":\"" + wrong + "\"}}"),
                    401,
                    "signature-invalid");
        }

        @Test
        void aSignatureThatIsNotHexIsMalformedInRequiredMode() {
            assertProblem(
                    server.identify(session, "{\"externalId\":\"user_123\",\"signatures\":{\"externalId\":\"xyz\"}}"),
                    401,
                    "signature-malformed");
        }

        @Test
        void aRefusedSignatureChangesNothing() {
            server.identify(session, "{\"externalId\":\"user_123\",\"name\":\"Jane\"}");

            assertThat(server.me(session).json().path("externalId").isNull()).isTrue();
            assertThat(server.me(session).json().path("name").isNull()).isTrue();
        }
    }

    @Nested
    class Lookups {
        private final TestServer server = TestServer.start();
        private final String workspaceId = server.createWorkspace().path("id").asText();

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void anUnknownWorkspaceIsNotFound() {
            assertProblem(server.get("/v1/workspaces/ws_nope", TestServer.ROOT), 404, "not-found");
            assertProblem(server.post("/v1/workspaces/ws_nope/visitors", null, ""), 404, "not-found");
        }

        @Test
        void anIdThatCannotBeAnIdIsNotFound() {
            assertProblem(server.get("/v1/workspaces/a%20b", TestServer.ROOT), 404, "not-found");
        }

        @Test
        void anUnknownVisitorIsNotFound() {
            assertProblem(
                    server.get("/v1/workspaces/" + workspaceId + "/visitors/v_nope", TestServer.ROOT),
                    404,
                    "not-found");
            assertProblem(
                    server.request("DELETE", "/v1/workspaces/" + workspaceId + "/visitors/v_nope")
                            .bearer(TestServer.ROOT)
                            .send(),
                    404,
                    "not-found");
        }

        @Test
        void anUnknownContactIsNotFound() {
            assertProblem(
                    server.get("/v1/workspaces/" + workspaceId + "/contacts/c_nope", TestServer.ROOT),
                    404,
                    "not-found");
        }

        @Test
        void aBadPageSizeIsAnInvalidField() {
            assertInvalidField(
                    server.get("/v1/workspaces/" + workspaceId + "/visitors?limit=lots", TestServer.ROOT), "limit");
            assertInvalidField(
                    server.get("/v1/workspaces/" + workspaceId + "/visitors?limit=1000", TestServer.ROOT), "limit");
        }

        @Test
        void aCursorNotGivenByAPageIsAnInvalidField() {
            assertInvalidField(
                    server.get("/v1/workspaces/" + workspaceId + "/visitors?cursor=forged", TestServer.ROOT), "cursor");
        }
    }

    @Nested
    class MetadataLimit {
        private final TestServer server = TestServer.start();

        @AfterEach
        void stop() {
            server.close();
        }

        @Test
        void metadataOverARejectLimitIsTooLargeAndChangesNothing() {
            Session session = server.session(server.createWorkspace(
                            "{\"name\":\"Shop\",\"metadataLimit\":{\"max\":20,\"unit\":\"bytes\",\"overflow\":\"reject\"}}")
                    .path("id")
                    .asText());

            Reply reply = server.identify(
                    session, "{\"name\":\"Jane\",\"metadata\":{\"note\":\"far too long for twenty bytes\"}}");

            assertProblem(reply, 422, "metadata-too-large");
            assertThat(reply.json().path("detail").asText()).contains("20");
            assertThat(server.me(session).json().path("name").isNull()).isTrue();
        }
    }

    @Nested
    class ServerSide {
        @Test
        void aRaceLostOnEveryRetryIsBusyWithRetryAfter() {
            try (TestServer server = TestServer.builder()
                    .useCases(u -> Replace.startVisitor(u, workspace -> {
                        throw new ConcurrentUpdateException("visitor v_1 changed meanwhile");
                    }))
                    .start()) {
                Reply reply = server.post("/v1/workspaces/ws_1/visitors", null, "");

                assertProblem(reply, 503, "busy");
                assertThat(reply.header("Retry-After")).contains("1");
            }
        }

        @Test
        void anUnexpectedFailureIsAnInternalProblemThatRevealsNothing() {
            try (TestServer server = TestServer.builder()
                    .useCases(u -> Replace.startVisitor(u, workspace -> {
                        throw new IllegalStateException("duplicate key jane@example.com in table contacts");
                    }))
                    .start()) {
                Reply reply = server.post("/v1/workspaces/ws_1/visitors", null, "");

                assertProblem(reply, 500, "internal");
                assertThat(reply.body()).doesNotContain("jane@example.com").doesNotContain("IllegalState");
            }
        }
    }
}
