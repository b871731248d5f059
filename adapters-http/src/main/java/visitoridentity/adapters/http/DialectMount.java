package visitoridentity.adapters.http;

import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.regex.Pattern;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;
import visitoridentity.adapters.http.metrics.IdentifyMetrics;
import visitoridentity.adapters.http.operations.DocumentedRoute;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.ApiHandler;
import visitoridentity.adapters.http.web.Routes;
import visitoridentity.application.UseCases;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;

/** A dialect's routes under {@code /compat/{vendor}/{ws}}, browser-facing, each noted for the API description. */
final class DialectMount implements DialectRoutes {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~{}-]+)+");

    private final String name;
    private final String prefix;
    private final Routes routes;
    private final UseCases useCases;
    private final IdentifyMetrics identifyMetrics;
    private final List<DocumentedRoute> documented;

    DialectMount(
            Dialect dialect,
            Routes routes,
            UseCases useCases,
            MeterRegistry registry,
            List<DocumentedRoute> documented) {
        if (!NAME.matcher(dialect.name()).matches()) {
            throw new IllegalArgumentException(
                    "a dialect's name is 1 to 32 lower-case letters, digits or dashes: " + dialect.name());
        }
        this.name = dialect.name();
        this.prefix = "/compat/" + dialect.name() + "/{ws}";
        this.routes = routes;
        this.useCases = useCases;
        this.identifyMetrics = new IdentifyMetrics(registry, dialect.name());
        this.documented = documented;
    }

    @Override
    public void identify(String path, String summary, ApiHandler handler) {
        post(path, summary, identifyMetrics.around(handler));
    }

    @Override
    public void post(String path, String summary, ApiHandler handler) {
        mount(HandlerType.POST, path, summary, handler);
    }

    @Override
    public void get(String path, String summary, ApiHandler handler) {
        mount(HandlerType.GET, path, summary, handler);
    }

    @Override
    public IdentifyVisitorUseCase identifyVisitor() {
        return useCases.identifyVisitor();
    }

    @Override
    public ShowCurrentVisitorUseCase showCurrentVisitor() {
        return useCases.showCurrentVisitor();
    }

    @Override
    public ResolveTrustedContextUseCase resolveTrustedContext() {
        return useCases.resolveTrustedContext();
    }

    private void mount(HandlerType method, String path, String summary, ApiHandler handler) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("a dialect path starts with '/' and holds no spaces: " + path);
        }
        routes.browser(method, prefix + path, call -> {
            requireEnabled(call);
            handler.handle(call);
        });
        documented.add(new DocumentedRoute(method.name(), prefix + path, summary));
    }

    /** A workspace that does not answer this dialect answers as if it did not exist. */
    private void requireEnabled(ApiCall call) {
        if (!useCases.showWorkspace().show(call.workspaceId()).dialects().allows(name)) {
            throw new ProblemException(Problem.notFound(
                    "workspace " + call.workspaceId().value() + " does not answer the " + name + " dialect"));
        }
    }
}
