package visitoridentity.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.MintIdentityTokenCommand;
import visitoridentity.application.sign.MintedIdentityToken;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * The administration commands over a running server's HTTP API, with the root token or a workspace
 * admin key as the bearer: what the commands do while a server holds an H2 database file. The
 * server's problem details are reported as they come ({@link ServerCallException}).
 */
final class ServerSession implements Administration {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String bearer;
    private final HttpClient http;

    ServerSession(URI server, String bearer) {
        this.server = server;
        this.bearer = bearer;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public CreatedWorkspaceLines create(WorkspaceSettings settings) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", settings.name().value());
        body.put("verificationMode", lower(settings.verificationMode()));
        settings.allowedOrigins().origins().forEach(body.putArray("allowedOrigins")::add);
        MetadataPolicy limit = settings.metadataPolicy();
        body.putObject("metadataLimit")
                .put("max", limit.max())
                .put("unit", lower(limit.unit()))
                .put("overflow", lower(limit.overflow()));
        JsonNode created = call("POST", "/v1/workspaces", Optional.of(body));
        return new CreatedWorkspaceLines(
                lines(created),
                created.path("signingSecret").asText(),
                created.path("adminKey").asText());
    }

    @Override
    public WorkspaceLines show(WorkspaceId workspaceId) {
        return lines(call("GET", workspacePath(workspaceId), Optional.empty()));
    }

    @Override
    public List<WorkspaceLines> list() {
        JsonNode page = call("GET", "/v1/workspaces", Optional.empty());
        return StreamSupport.stream(page.path("workspaces").spliterator(), false)
                .map(ServerSession::lines)
                .toList();
    }

    @Override
    public RotatedKeyLines rotateKey(WorkspaceId workspaceId, long graceSeconds) {
        ObjectNode body = JSON.createObjectNode().put("graceSeconds", graceSeconds);
        JsonNode rotated = call("POST", workspacePath(workspaceId) + "/signing-keys", Optional.of(body));
        return new RotatedKeyLines(
                rotated.path("signingSecret").asText(),
                rotated.path("previousKeyValidUntil").asText());
    }

    @Override
    public IdentitySignatures sign(SignIdentityCommand command) {
        ObjectNode body = JSON.createObjectNode();
        command.externalId().ifPresent(value -> body.put("externalId", value));
        command.email().ifPresent(value -> body.put("email", value));
        command.phone().ifPresent(value -> body.put("phone", value));
        command.anonymousId().ifPresent(value -> body.put("anonymousId", value));
        JsonNode signatures = call("POST", workspacePath(command.workspaceId()) + "/signatures", Optional.of(body))
                .path("signatures");
        return new IdentitySignatures(
                text(signatures, "externalId"),
                text(signatures, "email"),
                text(signatures, "phone"),
                text(signatures, "anonymousId"));
    }

    @Override
    public MintedIdentityToken mint(MintIdentityTokenCommand command) {
        ObjectNode body = JSON.createObjectNode();
        body.put("externalId", command.externalId());
        command.email().ifPresent(value -> body.put("email", value));
        command.phone().ifPresent(value -> body.put("phone", value));
        command.name().ifPresent(value -> body.put("name", value));
        command.anonymousId().ifPresent(value -> body.put("anonymousId", value));
        command.ttl().ifPresent(ttl -> body.put("ttlSeconds", ttl.toSeconds()));
        JsonNode minted = call("POST", workspacePath(command.workspaceId()) + "/identity-tokens", Optional.of(body));
        return new MintedIdentityToken(
                minted.path("identityToken").asText(),
                Instant.parse(minted.path("expiresAt").asText()));
    }

    /** Nothing to release: the client's connections end with the process, which the command ends. */
    @Override
    public void close() {}

    private JsonNode call(String method, String path, Optional<JsonNode> body) {
        URI uri = server.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body.map(json -> HttpRequest.BodyPublishers.ofString(json.toString()))
                                .orElse(HttpRequest.BodyPublishers.noBody()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new ServerCallException("no answer from " + server + " ("
                    + unreachable.getClass().getSimpleName() + "): is the server running there?");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServerCallException("interrupted while calling " + server);
        }
        JsonNode answer = parse(response);
        if (response.statusCode() / 100 != 2) {
            throw new ServerCallException("the server answered " + response.statusCode() + " "
                    + answer.path("code").asText("(no problem code)") + ": "
                    + answer.path("detail").asText(answer.path("title").asText("")));
        }
        return answer;
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (JsonProcessingException notJson) {
            throw new ServerCallException("the server at " + server + " answered " + response.statusCode()
                    + " with something other than JSON: is it a visitor-identity server?");
        }
    }

    private static String workspacePath(WorkspaceId workspaceId) {
        return "/v1/workspaces/" + URLEncoder.encode(workspaceId.value(), StandardCharsets.UTF_8);
    }

    private static WorkspaceLines lines(JsonNode workspace) {
        JsonNode limit = workspace.path("metadataLimit");
        return new WorkspaceLines(
                workspace.path("id").asText(),
                workspace.path("name").asText(),
                workspace.path("verificationMode").asText(),
                limit.path("max").asLong(),
                limit.path("unit").asText(),
                limit.path("overflow").asText(),
                StreamSupport.stream(workspace.path("allowedOrigins").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList(),
                workspace.path("createdAt").asText());
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
