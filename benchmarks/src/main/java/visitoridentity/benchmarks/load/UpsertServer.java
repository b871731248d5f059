package visitoridentity.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;
import visitoridentity.adapters.persistence.DataSources;

/**
 * The floor for HTTP identify that does real storage work: Javalin on the same Jetty, answering the
 * identify path by parsing the JSON body and running one durable one-row upsert through JDBI, in a
 * transaction of its own, on the same engine and pool settings as the server ({@link
 * DataSources#pooled}); the row is keyed by the hash of the bearer token (one row per driven
 * visitor) and holds the body. No auth check, no signature, no session: the cheapest durable HTTP
 * write. {@code GET /health/live} answers too, so the load script starts it like the server.
 * Listens on loopback only.
 *
 * <p>Usage: {@code java -cp benchmarks.jar visitoridentity.benchmarks.load.UpsertServer <port>
 * <jdbc url> [user]}
 */
public final class UpsertServer {
    private static final String TABLE = "upsert_floor";

    private UpsertServer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String url = args[1];
        String user = args.length > 2 ? args[2] : (url.startsWith("jdbc:h2:") ? "sa" : null);
        boolean h2 = url.startsWith("jdbc:h2:");
        HikariDataSource pool = DataSources.pooled(url, user, h2 ? "" : null);
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                + " (id varchar(64) PRIMARY KEY, body varchar(4000) NOT NULL, writes bigint NOT NULL)"));
        String upsert = h2
                ? "MERGE INTO " + TABLE + " t USING (VALUES (CAST(:id AS varchar(64)), CAST(:body AS varchar(4000))))"
                        + " s(id, body) ON t.id = s.id WHEN MATCHED THEN UPDATE SET body = s.body, writes = t.writes + 1"
                        + " WHEN NOT MATCHED THEN INSERT (id, body, writes) VALUES (s.id, s.body, 1)"
                : "INSERT INTO " + TABLE + " (id, body, writes) VALUES (:id, :body, 1)"
                        + " ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, writes = " + TABLE + ".writes + 1";
        ObjectMapper mapper = new ObjectMapper();
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.routes.post("/v1/workspaces/{ws}/identify", context -> {
                        JsonNode body = mapper.readTree(context.bodyAsBytes());
                        String id = sha256(String.valueOf(context.header("Authorization")));
                        String text = mapper.writeValueAsString(body);
                        jdbi.useTransaction(handle -> handle.createUpdate(upsert)
                                .bind("id", id)
                                .bind("body", text)
                                .execute());
                        context.contentType("application/json").result(text);
                    });
                    config.routes.get("/health/live", context -> context.result("live"));
                })
                .start("127.0.0.1", port);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
