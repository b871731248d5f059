package visitoridentity.bootstrap.endtoend;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.server.Server;

/**
 * The real server, started through the bootstrap wiring exactly as {@code serve} starts it, on a
 * free port with an H2 file database in a temporary data directory.
 */
final class TestServer implements AutoCloseable {
    static final String ROOT_TOKEN = "root-token-of-the-end-to-end-tests-0123456789";
    private static final Pattern GENERATED_ROOT_TOKEN = Pattern.compile("vir_[0-9a-f]{64}");

    private final Path dataDirectory;
    private final boolean ownsDataDirectory;
    private final StringWriter console = new StringWriter();
    private final Server server;
    final Api api;

    private TestServer(Path dataDirectory, boolean ownsDataDirectory, Map<String, String> environment) {
        this(dataDirectory, ownsDataDirectory, environment, Clock.systemUTC());
    }

    private TestServer(Path dataDirectory, boolean ownsDataDirectory, Map<String, String> environment, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.ownsDataDirectory = ownsDataDirectory;
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("VISITOR_IDENTITY_PORT", "0");
        settings.put("VISITOR_IDENTITY_DATA_DIR", dataDirectory.toString());
        this.server = Server.start(ServerConfiguration.of(settings), new PrintWriter(console, true), clock);
        this.api = new Api(server.port());
    }

    /**
     * A server with a configured root token, on a fresh data directory it deletes when closed. Its
     * visitor-start limit is out of the way: the tests start many visitors from one address.
     */
    static TestServer start() {
        return with(Map.of());
    }

    /** As {@link #start()}, with these settings over those. */
    static TestServer with(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>();
        environment.put("VISITOR_IDENTITY_ADMIN_TOKEN", ROOT_TOKEN);
        environment.put("VISITOR_IDENTITY_VISITOR_START_RATE", "100000/s,burst=100000");
        environment.putAll(settings);
        return new TestServer(temporaryDirectory(), true, environment);
    }

    /**
     * A server with a configured root token and the given settings, on a clock the test moves, on a
     * fresh data directory it deletes when closed.
     */
    static TestServer startAt(Clock clock, Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("VISITOR_IDENTITY_ADMIN_TOKEN", ROOT_TOKEN);
        return new TestServer(temporaryDirectory(), true, settings, clock);
    }

    /** A server with a configured root token and those settings, on a fresh data directory it deletes when closed. */
    static TestServer startWith(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("VISITOR_IDENTITY_ADMIN_TOKEN", ROOT_TOKEN);
        return new TestServer(temporaryDirectory(), true, environment);
    }

    /**
     * A server with a configured root token on a fresh schema of the test PostgreSQL
     * ({@code VISITOR_IDENTITY_TEST_PG_URL}, as the persistence tests use it); skipped without one
     * unless {@code CI=true}.
     */
    static TestServer onPostgres() {
        return onPostgres(Map.of());
    }

    /** As {@link #onPostgres()}, with these settings too. */
    static TestServer onPostgres(Map<String, String> settings) {
        return onPostgres(PostgresSchema.fresh(), settings);
    }

    /** As {@link #onPostgres()}, on a schema given by its URL ({@link PostgresSchema#fresh()}): two servers may share one. */
    static TestServer onPostgres(String url) {
        return onPostgres(url, Map.of());
    }

    private static TestServer onPostgres(String url, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "VISITOR_IDENTITY_ADMIN_TOKEN",
                ROOT_TOKEN,
                "VISITOR_IDENTITY_DB_URL",
                url,
                "VISITOR_IDENTITY_DB_USER",
                PostgresSchema.user(),
                "VISITOR_IDENTITY_SECRETS_KEY",
                "4m/612hW3bue/3NvZXjwGmFBTH7q0OfyCDXQ0iNQLj4="));
        return new TestServer(temporaryDirectory(), true, environment);
    }

    /**
     * A server with a configured root token and those settings on the given data directory, kept when
     * closed (a later server opens the same database, as after a restart).
     */
    static TestServer restartableOn(Path dataDirectory, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("VISITOR_IDENTITY_ADMIN_TOKEN", ROOT_TOKEN);
        return new TestServer(dataDirectory, false, environment);
    }

    /** A server configured with nothing but its port, on the given data directory (kept when closed). */
    static TestServer unconfigured(Path dataDirectory) {
        return new TestServer(dataDirectory, false, Map.of());
    }

    Server server() {
        return server;
    }

    /** What the server printed on its console. */
    String console() {
        return console.toString();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The root token: the configured one, or the one this server generated and printed. */
    String rootToken() {
        Matcher printed = GENERATED_ROOT_TOKEN.matcher(console());
        return printed.find() ? printed.group() : ROOT_TOKEN;
    }

    /** A new workspace in that verification mode, made over HTTP with the root token. */
    Site newSite(String verificationMode) {
        return newSiteOf(Api.json("name", "Shop", "verificationMode", verificationMode));
    }

    /** A new workspace of those settings, made over HTTP with the root token. */
    Site newSiteOf(String settings) {
        return Site.create(api, rootToken(), settings);
    }

    @Override
    public void close() {
        server.stop();
        if (ownsDataDirectory) {
            delete(dataDirectory);
        }
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("visitor-identity-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
