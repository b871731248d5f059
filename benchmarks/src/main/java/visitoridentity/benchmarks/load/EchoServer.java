package visitoridentity.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

/**
 * The floor for HTTP identify: Javalin on the same Jetty, answering the identify path by parsing the
 * JSON body into a Jackson tree and writing it back, with nothing else (no auth, no storage, no
 * metrics, no access log). {@code GET /health/live} answers too, so the load script starts it like
 * the server. Listens on loopback only.
 *
 * <p>Usage: {@code java -cp benchmarks.jar visitoridentity.benchmarks.load.EchoServer <port>}
 */
public final class EchoServer {
    private EchoServer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        ObjectMapper mapper = new ObjectMapper();
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.routes.post("/v1/workspaces/{ws}/identify", context -> {
                        JsonNode body = mapper.readTree(context.bodyAsBytes());
                        context.contentType("application/json").result(mapper.writeValueAsBytes(body));
                    });
                    config.routes.get("/health/live", context -> context.result("live"));
                })
                .start("127.0.0.1", port);
    }
}
