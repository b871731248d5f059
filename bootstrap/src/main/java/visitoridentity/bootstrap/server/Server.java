package visitoridentity.bootstrap.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.adapters.http.HttpApi;
import visitoridentity.adapters.http.HttpSettings;
import visitoridentity.adapters.persistence.JdbiPersistence;
import visitoridentity.application.UseCases;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.retention.SweepAnonymousVisitors;
import visitoridentity.application.retention.SweepRevokedVisitorTokens;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.webhook.DeliverWebhooks;
import visitoridentity.application.webhook.WebhookSender;
import visitoridentity.bootstrap.config.DataDirectory;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.wiring.DatabaseModule;
import visitoridentity.bootstrap.wiring.EventsModule;
import visitoridentity.bootstrap.wiring.HttpModule;
import visitoridentity.bootstrap.wiring.MetricsModule;
import visitoridentity.embedded.random.RandomIdentifiers;
import visitoridentity.embedded.random.SecureRandomSecrets;
import visitoridentity.embedded.wiring.CoreModule;
import visitoridentity.embedded.wiring.PersistenceModule;

/** The standalone server: the whole wiring over the configured database, listening for HTTP. */
public final class Server {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    private final HttpApi http;
    private final JdbiPersistence persistence;
    private final RetentionSweeper retention;
    private final WebhookWorker webhooks;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Server(Injector injector, Duration anonymousRetention, SessionLifetime sessionLifetime, Clock clock) {
        this.http = injector.getInstance(HttpApi.class);
        this.persistence = injector.getInstance(JdbiPersistence.class);
        this.retention = RetentionSweeper.start(
                new SweepAnonymousVisitors(persistence.anonymousVisitors(), Clock.systemUTC(), anonymousRetention),
                new SweepRevokedVisitorTokens(persistence.visitorTokens(), clock, sessionLifetime),
                injector.getInstance(UseCases.class).spendTokenId());

        this.webhooks = WebhookWorker.start(new DeliverWebhooks(
                persistence.webhooks(),
                injector.getInstance(WebhookSender.class),
                persistence.events(),
                new IdentityEvents(new RandomIdentifiers()),
                persistence.transactions(),
                clock,
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    /**
     * Migrates the database, starts listening, and prints the welcome on {@code console} (on a first
     * start, the only place the demo workspace's secrets and a generated root token are shown).
     */
    public static Server start(ServerConfiguration configuration, PrintWriter console) {
        return start(configuration, console, Clock.systemUTC());
    }

    /** As {@link #start(ServerConfiguration, PrintWriter)}, on the given clock (tests move it by hand). */
    public static Server start(ServerConfiguration configuration, PrintWriter console, Clock clock) {
        long begin = System.nanoTime();
        FirstStart firstStart = FirstStart.prepare(configuration, new SecureRandomSecrets());
        KnownDemoWorkspace demo = new KnownDemoWorkspace();
        Injector injector = Guice.createInjector(
                Stage.PRODUCTION,
                new MetricsModule(),
                new DatabaseModule(configuration),
                new PersistenceModule(DataDirectory.secretsKey(configuration)),
                new CoreModule(clock, firstStart.rootTokenHash(), configuration.sessionLifetime()),
                new EventsModule(configuration.webhooksAllowLoopback()),
                new HttpModule(
                        HttpSettings.onPort(configuration.port())
                                .withHost(configuration.bindAddress())
                                .withVisitorStarts(configuration.visitorStartRate()),
                        configuration.demo() ? Optional.of(demo) : Optional.empty()));
        Server server =
                new Server(injector, configuration.anonymousRetention(), configuration.sessionLifetime(), clock);
        try {
            int port = server.http.start();
            Welcome welcome = firstStart.complete(injector.getInstance(UseCases.class), "http://localhost:" + port);
            welcome.demoWorkspace().ifPresent(demo::learn);
            console.print(welcome.text());
            console.flush();
            if (configuration.usesH2()) {
                DataDirectory.prepare(configuration.dataDirectory()).restrictFiles();
            }
            log.info(
                    "Listening on port {}; started in {} ms, {} ms after the JVM",
                    port,
                    Duration.ofNanos(System.nanoTime() - begin).toMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    /** Stops taking requests, lets those in flight finish, then closes the database. Safe to call twice. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            retention.close();
            http.stop();
            webhooks.close();
            persistence.close(); // and with it the connection pool
            log.info("Stopped");
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
