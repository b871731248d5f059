package visitoridentity.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import visitoridentity.adapters.http.HttpApi;
import visitoridentity.adapters.http.HttpSettings;
import visitoridentity.adapters.http.HttpUseCases;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.application.UseCases;

/**
 * The HTTP adapter on the given port, with the default 64 KiB body limit: the native API, the
 * operations endpoints, and the vendor dialects. A dialect is wired by one more binding into the
 * {@code Set<Dialect>} made in {@link #configure()}; they are mounted in binding order.
 */
public final class HttpModule extends AbstractModule {
    private final int port;

    public HttpModule(int port) {
        this.port = port;
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Dialect.class);
    }

    @Provides
    @Singleton
    HttpApi httpApi(
            UseCases useCases,
            PrometheusMeterRegistry registry,
            @Readiness BooleanSupplier readiness,
            Set<Dialect> dialects) {
        return new HttpApi(
                HttpUseCases.of(useCases), registry, readiness, HttpSettings.onPort(port), List.copyOf(dialects));
    }
}
