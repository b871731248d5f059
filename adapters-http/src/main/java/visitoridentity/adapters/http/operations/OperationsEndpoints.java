package visitoridentity.adapters.http.operations;

import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.Routes;

/** Liveness, readiness, the Prometheus scrape and the API description. */
public final class OperationsEndpoints {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final BooleanSupplier readiness;
    private final String openApi;

    public OperationsEndpoints(PrometheusMeterRegistry registry, BooleanSupplier readiness, String openApi) {
        this.registry = registry;
        this.readiness = readiness;
        this.openApi = openApi;
    }

    public void register(Routes routes) {
        routes.operation(HandlerType.GET, "/health/live", call -> call.respond(200, Health.UP));
        routes.operation(HandlerType.GET, "/health/ready", this::ready);
        routes.operation(
                HandlerType.GET, "/metrics", call -> call.respondText(200, PROMETHEUS_TEXT, registry.scrape()));
        routes.operation(HandlerType.GET, "/openapi.json", call -> call.respondText(200, "application/json", openApi));
    }

    private void ready(ApiCall call) {
        boolean ready;
        try {
            ready = readiness.getAsBoolean();
        } catch (RuntimeException e) {
            ready = false;
        }
        call.respond(ready ? 200 : 503, ready ? Health.UP : Health.DOWN);
    }

    /** {@code {"status": "up"}} or {@code {"status": "down"}}. */
    record Health(String status) {
        static final Health UP = new Health("up");
        static final Health DOWN = new Health("down");
    }
}
