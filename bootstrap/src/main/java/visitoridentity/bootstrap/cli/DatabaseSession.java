package visitoridentity.bootstrap.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.time.Clock;
import visitoridentity.adapters.persistence.JdbiPersistence;
import visitoridentity.application.UseCases;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.bootstrap.config.DataDirectory;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.wiring.DatabaseModule;
import visitoridentity.embedded.wiring.CoreModule;
import visitoridentity.embedded.wiring.PersistenceModule;

/** The use cases over the configured (and thereby migrated) database, for the length of one command. */
final class DatabaseSession implements AutoCloseable {
    private final JdbiPersistence persistence;
    private final UseCases useCases;

    private DatabaseSession(Injector injector) {
        this.persistence = injector.getInstance(JdbiPersistence.class);
        this.useCases = injector.getInstance(UseCases.class);
    }

    static DatabaseSession open(ServerConfiguration configuration) {
        return new DatabaseSession(Guice.createInjector(
                Stage.PRODUCTION,
                new DatabaseModule(configuration),
                new PersistenceModule(DataDirectory.secretsKey(configuration)),
                CoreModule.withoutRootToken(Clock.systemUTC(), SessionLifetime.DEFAULT)));
    }

    UseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        persistence.close(); // and with it the connection pool
    }
}
