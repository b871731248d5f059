package visitoridentity.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Optional;
import javax.sql.DataSource;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.bootstrap.config.ServerConfiguration;

/** The server's connection pool on the configured database, measured when a metrics module is installed. */
public final class DatabaseModule extends AbstractModule {
    private final ServerConfiguration configuration;

    public DatabaseModule(ServerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), MetricsTrackerFactory.class);
    }

    @Provides
    @Singleton
    @SuppressWarnings("CloseableProvides") // the persistence adapter closes the pool it is given
    HikariDataSource pool(Optional<MetricsTrackerFactory> metrics) {
        HikariDataSource pool = DataSources.pooled(
                configuration.databaseUrl(),
                configuration.databaseUser().orElse(null),
                configuration.databasePassword().orElse(null));
        metrics.ifPresent(pool::setMetricsTrackerFactory);
        return pool;
    }

    @Provides
    DataSource dataSource(HikariDataSource pool) {
        return pool;
    }
}
