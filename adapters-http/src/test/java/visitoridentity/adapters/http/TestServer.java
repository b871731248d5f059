package visitoridentity.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.web.RateLimit;
import visitoridentity.application.UseCases;
import visitoridentity.application.fake.InMemoryApplication;

/**
 * The real {@link HttpApi} on a free port over the in-memory application, and a client to drive it;
 * public for the dialect tests in their vendors' packages.
 */
public final class TestServer implements AutoCloseable {
    public static final String ROOT = InMemoryApplication.ROOT_TOKEN;

    public final InMemoryApplication app = new InMemoryApplication();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final HttpApi api;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    private TestServer(Builder builder) {
        api = new HttpApi(
                builder.useCases.apply(app.useCases), registry, builder.readiness, builder.settings, builder.dialects);
        base = URI.create("http://localhost:" + api.start());
    }

    public static TestServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public Reply get(String path, String token) {
        return request("GET", path).bearer(token).send();
    }

    public Reply post(String path, String token, String json) {
        return request("POST", path).bearer(token).json(json).send();
    }

    /** Creates a workspace with the root token; the reply holds its id, signingSecret and adminKey. */
    public JsonNode createWorkspace(String settingsJson) {
        Reply reply = post("/v1/workspaces", ROOT, settingsJson);
        if (reply.status() != 201) {
            throw new AssertionError("workspace not created: " + reply);
        }
        return reply.json();
    }

    public JsonNode createWorkspace() {
        return createWorkspace("{\"name\":\"Shop\"}");
    }

    /** Starts a visitor; the reply holds visitorId, anonymousId and visitorToken. */
    public JsonNode startVisitor(String workspaceId) {
        Reply reply = post("/v1/workspaces/" + workspaceId + "/visitors", null, "");
        if (reply.status() != 201) {
            throw new AssertionError("visitor not started: " + reply);
        }
        return reply.json();
    }

    /** A started visitor in the workspace, ready to call the browser-facing API. */
    public Session session(String workspaceId) {
        JsonNode started = startVisitor(workspaceId);
        return new Session(
                workspaceId,
                started.path("visitorToken").asText(),
                started.path("anonymousId").asText());
    }

    public Reply identify(Session session, String json) {
        return post("/v1/workspaces/" + session.workspaceId() + "/identify", session.token(), json);
    }

    public Reply me(Session session) {
        return get("/v1/workspaces/" + session.workspaceId() + "/visitors/me", session.token());
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    @Override
    public void close() {
        api.stop();
    }

    /** A browser session: its workspace, visitor token and anonymous id. */
    public record Session(String workspaceId, String token, String anonymousId) {}

    public final class Request {
        private final HttpRequest.Builder builder;
        private final String method;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        }

        public Request bearer(String token) {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(String json) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        public Request body(HttpRequest.BodyPublisher publisher) {
            body = publisher;
            return this;
        }

        public Reply send() {
            try {
                return Reply.of(
                        client.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static final class Builder {
        private UnaryOperator<UseCases> useCases = UnaryOperator.identity();
        private BooleanSupplier readiness = () -> true;
        // The tests start many visitors from one address: the visitor-start limit is out of the way.
        private HttpSettings settings =
                HttpSettings.onPort(0).withVisitorStarts(new RateLimit(100_000, Duration.ofSeconds(1), 100_000));
        private final List<Dialect> dialects = new ArrayList<>();

        public Builder useCases(UnaryOperator<UseCases> replace) {
            useCases = replace;
            return this;
        }

        public Builder readiness(BooleanSupplier check) {
            readiness = check;
            return this;
        }

        public Builder settings(HttpSettings httpSettings) {
            settings = httpSettings;
            return this;
        }

        public Builder dialect(Dialect dialect) {
            dialects.add(dialect);
            return this;
        }

        public TestServer start() {
            return new TestServer(this);
        }
    }
}
