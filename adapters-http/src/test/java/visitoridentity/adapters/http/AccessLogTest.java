package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import visitoridentity.adapters.http.TestServer.Session;
import visitoridentity.application.fake.TestHmac;

class AccessLogTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
    }

    /** Every message, argument and exception text the logs received, as one string. */
    private String everythingLogged() {
        return captured.list.stream().map(AccessLogTest::render).collect(Collectors.joining("\n"));
    }

    private static String render(ILoggingEvent event) {
        List<String> parts = new ArrayList<>();
        parts.add(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            parts.add(t.getClassName() + ": " + t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                parts.add(frame.getSTEAsString());
            }
        }
        return String.join("\n", parts);
    }

    @Test
    void eachRequestIsLoggedWithMethodPathStatusAndDuration() {
        try (TestServer server = TestServer.start()) {
            server.get("/v1/workspaces/ws_nope", TestServer.ROOT);
        }

        assertThat(captured.list).anySatisfy(event -> {
            assertThat(event.getLoggerName()).isEqualTo("visitoridentity.http.access");
            assertThat(event.getFormattedMessage()).matches("GET /v1/workspaces/ws_nope 404 \\d+ms");
        });
    }

    @Test
    void noTokenSecretSignatureOrEmailReachesTheLogs() {
        List<String> secrets = new ArrayList<>();
        try (TestServer server = TestServer.start()) {
            JsonNode workspace = server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"required\"}");
            String adminKey = workspace.path("adminKey").asText();
            String secret = workspace.path("signingSecret").asText();
            Session session = server.session(workspace.path("id").asText());
            String signature = TestHmac.hex(secret, "user_secretive");
            String emailSignature = TestHmac.hex(secret, "jane.private@example.com");
            secrets.addAll(List.of(TestServer.ROOT, adminKey, secret, session.token(), signature, emailSignature));
            secrets.add("jane.private@example.com");

            server.identify(
                    session,
                    "{\"externalId\":\"user_secretive\",\"email\":\"jane.private@example.com\",\"signatures\":"
                            + "{\"externalId\":\"" + signature + "\",\"email\":\"" + emailSignature + "\"}}");
            server.identify(session, "{\"email\":\"jane.private@example.com\",\"signatures\":{\"email\":\"bad\"}}");
            server.get(
                    "/v1/workspaces/" + session.workspaceId() + "/visitors?email=jane.private@example.com", adminKey);
            server.post("/v1/workspaces/" + session.workspaceId() + "/signing-keys", adminKey, "");
            server.get("/v1/workspaces/" + session.workspaceId() + "/visitors/me", "wrong-" + session.token());
        }

        String logged = everythingLogged();
        assertThat(logged).contains("/identify");
        for (String secret : secrets) {
            assertThat(logged).doesNotContain(secret);
        }
    }

    @Test
    void anUnexpectedFailureIsLoggedWithoutItsMessages() {
        String email = "leaked.person@example.com";
        try (TestServer server = TestServer.builder()
                .useCases(u -> Replace.startVisitor(u, workspace -> {
                    throw new IllegalStateException("wrapped", new IllegalArgumentException("duplicate " + email));
                }))
                .start()) {
            server.post("/v1/workspaces/ws_1/visitors", null, "");
        }

        String logged = everythingLogged();
        assertThat(logged).contains("unexpected failure").contains("IllegalArgumentException");
        assertThat(logged).doesNotContain(email).doesNotContain("wrapped");
    }
}
