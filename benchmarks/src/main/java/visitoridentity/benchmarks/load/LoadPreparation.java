package visitoridentity.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningSecret;

/**
 * Readies a running server for the load: creates a workspace in REQUIRED mode through the admin API,
 * starts {@code visitors} visitors through the browser API, signs each one's external id with the
 * workspace's secret (as the site's backend would), and writes what wrk sends: {@code
 * requests.lua} (the identify path, and a visitor token and JSON body per visitor) and {@code
 * workspace.id}. Nothing secret is printed.
 *
 * <p>Usage: {@code java -cp benchmarks.jar visitoridentity.benchmarks.load.LoadPreparation <base
 * url> <admin token> <visitors> <output directory>}
 */
public final class LoadPreparation {
    private static final int IN_FLIGHT = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    private LoadPreparation(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LoadPreparation preparation = new LoadPreparation(args[0]);
        String adminToken = args[1];
        int visitors = Integer.parseInt(args[2]);
        Path output = Path.of(args[3]);

        JsonNode workspace = preparation.post(
                "/v1/workspaces", Optional.of(adminToken), "{\"name\":\"load\",\"verificationMode\":\"required\"}");
        String workspaceId = workspace.get("id").asText();
        SigningKey key = new SigningKey(
                workspace.get("signingKeyId").asText("key-1"),
                new SigningSecret(workspace.get("signingSecret").asText()),
                Instant.now(),
                Optional.empty());
        List<String> tokens = preparation.startVisitors(workspaceId, visitors);

        StringBuilder lua = new StringBuilder("return {\n  path = ")
                .append(LuaText.quoted("/v1/workspaces/" + workspaceId + "/identify"))
                .append(",\n  items = {\n");
        for (int i = 0; i < tokens.size(); i++) {
            String externalId = "user_" + i;
            String body = "{\"externalId\":\"" + externalId
                    + "\",\"metadata\":{\"plan\":\"pro\",\"page\":\"/pricing\"}," + "\"signatures\":{\"externalId\":\""
                    + HmacSha256.sign(key, PlainValue.of(externalId)) + "\"}}";
            lua.append("    {")
                    .append(LuaText.quoted(tokens.get(i)))
                    .append(", ")
                    .append(LuaText.quoted(body))
                    .append("},\n");
        }
        lua.append("  }\n}\n");
        Files.createDirectories(output);
        Files.writeString(output.resolve("requests.lua"), lua, StandardCharsets.UTF_8);
        Files.writeString(output.resolve("workspace.id"), workspaceId, StandardCharsets.UTF_8);
        System.out.println("prepared workspace " + workspaceId + " with " + tokens.size() + " signed visitors");
    }

    /** Starts the visitors, a few requests in flight at a time; returns their tokens in order. */
    private List<String> startVisitors(String workspaceId, int count) throws InterruptedException {
        List<String> tokens = new ArrayList<>(count);
        for (int first = 0; first < count; first += IN_FLIGHT) {
            List<CompletableFuture<HttpResponse<String>>> started = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + IN_FLIGHT); i++) {
                started.add(client.sendAsync(
                        request("/v1/workspaces/" + workspaceId + "/visitors", Optional.empty(), ""),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> response : started) {
                tokens.add(field(response.join(), 201, "visitorToken"));
            }
        }
        return tokens;
    }

    private JsonNode post(String path, Optional<String> bearer, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path, bearer, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest request(String path, Optional<String> bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request.build();
    }

    private static String field(HttpResponse<String> response, int status, String name) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri().getPath() + " answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body()).get(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "not JSON: " + response.request().uri().getPath(), e);
        }
    }
}
