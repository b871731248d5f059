package visitoridentity.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import visitoridentity.adapters.http.Dialects;
import visitoridentity.adapters.http.HttpApi;
import visitoridentity.adapters.http.HttpSettings;
import visitoridentity.adapters.http.browser.DemoWorkspace;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.application.UseCases;
import visitoridentity.embedded.wiring.Readiness;

/**
 * The HTTP adapter with the given settings (address, port, visitor-start limit): the native API, the
 * operations endpoints, the browser SDK's script, the demo page when asked, and the vendor dialects:
 * every dialect of {@link Dialects#all()}, and any other a module adds to the {@code Set<Dialect>}
 * multibinding; they are mounted in binding order.
 */
public final class HttpModule extends AbstractModule {
    private final HttpSettings settings;
    private final Optional<DemoWorkspace> demo;

    /** With {@code demo}, the server also serves the demo page, identifying in that workspace. */
    public HttpModule(HttpSettings settings, Optional<DemoWorkspace> demo) {
        this.settings = settings;
        this.demo = demo;
    }

    @Override
    protected void configure() {
        Multibinder<Dialect> dialects = Multibinder.newSetBinder(binder(), Dialect.class);
        Dialects.all().forEach(dialect -> dialects.addBinding().toInstance(dialect));
    }

    @Provides
    @Singleton
    HttpApi httpApi(
            UseCases useCases,
            PrometheusMeterRegistry registry,
            @Readiness BooleanSupplier readiness,
            Set<Dialect> dialects) {
        return new HttpApi(useCases, registry, readiness, settings, List.copyOf(dialects), demo);
    }
}
