package visitoridentity.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.adapters.http.browser.BrowserSdkEndpoint;
import visitoridentity.adapters.http.browser.DemoPage;
import visitoridentity.adapters.http.browser.DemoWorkspace;
import visitoridentity.adapters.http.console.ConsoleFiles;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.json.JsonOutput;
import visitoridentity.adapters.http.metrics.HttpServerMetrics;
import visitoridentity.adapters.http.metrics.IdentifyMetrics;
import visitoridentity.adapters.http.nativeapi.NativeApi;
import visitoridentity.adapters.http.operations.DocumentedRoute;
import visitoridentity.adapters.http.operations.OpenApiDocument;
import visitoridentity.adapters.http.operations.OperationsEndpoints;
import visitoridentity.adapters.http.web.ClientRateLimit;
import visitoridentity.adapters.http.web.RouteTable;
import visitoridentity.application.UseCases;

/**
 * The HTTP server: the native API, the given vendor dialects under {@code /compat/{vendor}/{ws}},
 * the operations endpoints and the browser SDK's script (and, when asked, the demo page), on Javalin. Build it, {@link #start()} it, {@link #stop()} it.
 */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final String UNMATCHED_ROUTE = "UNMATCHED";
    /** How long a stop waits for an idle keep-alive connection (Jetty waits a second by default). */
    private static final Duration IDLE_CONNECTION_GRACE = Duration.ofMillis(200);

    private final Javalin javalin;
    private final HttpSettings settings;

    public HttpApi(
            UseCases useCases,
            PrometheusMeterRegistry registry,
            BooleanSupplier readiness,
            HttpSettings settings,
            List<Dialect> dialects) {
        this(useCases, registry, readiness, settings, dialects, Optional.empty());
    }

    /** With {@code demo}, also the demo page at {@code /demo}, which identifies in that workspace. */
    public HttpApi(
            UseCases useCases,
            PrometheusMeterRegistry registry,
            BooleanSupplier readiness,
            HttpSettings settings,
            List<Dialect> dialects,
            Optional<DemoWorkspace> demo) {
        this.settings = settings;
        ObjectMapper mapper = JsonOutput.mapper();
        ProblemResponses problems = new ProblemResponses(mapper);
        AccessLog accessLog = new AccessLog();
        HttpServerMetrics serverMetrics = new HttpServerMetrics(registry);
        this.javalin = Javalin.create(config -> {
            configureServer(config, mapper, registry);
            config.requestLogger.http((context, millis) -> {
                Duration duration = Duration.ofNanos((long) (millis * 1_000_000));
                accessLog.record(context, duration);
                serverMetrics.record(context.method().name(), route(context), context.statusCode(), duration);
            });
            config.routes.exception(Exception.class, problems::handle);
            // Javalin maps its own routing failures unless told otherwise, more specifically than Exception.
            config.routes.exception(HttpResponseException.class, problems::handle);
            config.routes.before(context -> {
                // Every answer: nothing cached, and no page URL or token-bearing request leaks onward.
                context.header("Cache-Control", "no-store");
                context.header("Referrer-Policy", "no-referrer");
                context.header("X-Content-Type-Options", "nosniff");
            });

            RouteTable routes = new RouteTable(
                    config.routes, useCases.showWorkspace(), useCases.authenticateAdmin(), settings.maxBodyBytes());
            new NativeApi(
                            useCases,
                            new IdentifyMetrics(registry, IdentifyMetrics.NATIVE),
                            dialectNames(dialects),
                            new ClientRateLimit(settings.visitorStarts()))
                    .register(routes);
            List<DocumentedRoute> dialectRoutes = new ArrayList<>();
            mountDialects(dialects, routes, useCases, registry, dialectRoutes);
            new ConsoleFiles().register(routes);
            routes.answerPreflights();
            new OperationsEndpoints(registry, readiness, OpenApiDocument.render(dialectRoutes)).register(routes);
            new BrowserSdkEndpoint().register(routes);
            demo.ifPresent(workspace -> new DemoPage(workspace, useCases.signIdentity()).register(routes));
        });
    }

    /** Starts listening and returns the bound port (a free one when the settings say 0). */
    public int start() {
        javalin.start();
        return port();
    }

    /**
     * Stops accepting connections and lets in-flight requests finish; those still running after
     * the stop timeout are cut off, and the server is stopped all the same.
     */
    public void stop() {
        try {
            javalin.stop();
        } catch (JavalinException notGraceful) {
            LOG.warn(
                    "the server did not stop within {}; requests still in flight were cut off", settings.stopTimeout());
        }
    }

    public int port() {
        return javalin.port();
    }

    /** Every registered route as {@code METHOD path}, for the test that holds the API description to them. */
    List<String> registeredRoutes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod() && endpoint.method != HandlerType.HEAD)
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    private void configureServer(JavalinConfig config, ObjectMapper mapper, PrometheusMeterRegistry registry) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(mapper, false));
        QueuedThreadPool threads = boundedThreadPool();
        new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(registry);
        config.jetty.threadPool = threads;
        config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(HttpSettings.MIN_REQUEST_DATA_RATE));
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.insertHandler(BodyReadAhead.handler(settings.maxBodyBytes()));
            server.setStopTimeout(settings.stopTimeout().toMillis());
        });
        config.jetty.addConnector((server, httpConfiguration) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(HttpSettings.IDLE_TIMEOUT.toMillis());
            connector.setShutdownIdleTimeout(IDLE_CONNECTION_GRACE.toMillis());
            return connector;
        });
    }

    /**
     * Jetty's pool with a bound on both threads and waiting tasks: under a flood the excess is
     * refused (the connection closed) rather than queued without end.
     */
    private static QueuedThreadPool boundedThreadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(
                HttpSettings.MAX_THREADS,
                HttpSettings.MIN_THREADS,
                (int) Duration.ofMinutes(1).toMillis(),
                new BlockingArrayQueue<>(HttpSettings.MIN_THREADS, HttpSettings.MIN_THREADS, HttpSettings.MAX_QUEUED));
        pool.setName("http");
        return pool;
    }

    private static Set<String> dialectNames(List<Dialect> dialects) {
        return dialects.stream().map(Dialect::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void mountDialects(
            List<Dialect> dialects,
            RouteTable routes,
            UseCases useCases,
            PrometheusMeterRegistry registry,
            List<DocumentedRoute> documented) {
        Set<String> names = new HashSet<>();
        for (Dialect dialect : dialects) {
            if (!names.add(dialect.name())) {
                throw new IllegalArgumentException("two dialects are named " + dialect.name());
            }
            dialect.register(new DialectMount(dialect, routes, useCases, registry, documented));
        }
    }

    private static String route(Context context) {
        Endpoint endpoint = context.endpoints().lastHttpEndpoint();
        return endpoint == null ? UNMATCHED_ROUTE : endpoint.path;
    }
}
