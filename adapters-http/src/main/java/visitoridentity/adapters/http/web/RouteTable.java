package visitoridentity.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import visitoridentity.adapters.http.json.StrictJson;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;

/**
 * Registers routes with Javalin, each wrapped in its guard. Browser-facing: CORS first (so that the
 * page can read any problem that follows), then no credential in the URL, then the body's declared
 * length. Server-to-server: no credential in the URL, the declared length, then the admin
 * credential. A body over the limit is refused before it is read.
 */
public final class RouteTable implements Routes {
    private final JavalinDefaultRoutingApi javalin;
    private final BrowserCors cors;
    private final AuthenticateAdminUseCase admins;
    private final StrictJson json;
    private final long maxBodyBytes;
    private final Map<String, Set<HandlerType>> browserMethods = new LinkedHashMap<>();

    public RouteTable(
            JavalinDefaultRoutingApi javalin,
            ShowWorkspaceUseCase workspaces,
            AuthenticateAdminUseCase admins,
            long maxBodyBytes) {
        this.javalin = javalin;
        this.cors = new BrowserCors(workspaces);
        this.admins = admins;
        this.json = new StrictJson(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void browser(HandlerType method, String path, ApiHandler handler) {
        browserMethods.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(method);
        add(method, path, context -> {
            ApiCall call = call(context);
            cors.allow(context, call);
            TokenInUrl.refuse(context);
            requireDeclaredLengthWithinLimit(context);
            handler.handle(call);
        });
    }

    @Override
    public void workspaceAdmin(HandlerType method, String path, ApiHandler handler) {
        add(method, path, context -> {
            ApiCall call = call(context);
            TokenInUrl.refuse(context);
            requireDeclaredLengthWithinLimit(context);
            admins.authenticate(Optional.of(call.workspaceId()), call.bearerToken());
            handler.handle(call);
        });
    }

    @Override
    public void rootAdmin(HandlerType method, String path, ApiHandler handler) {
        add(method, path, context -> {
            ApiCall call = call(context);
            TokenInUrl.refuse(context);
            requireDeclaredLengthWithinLimit(context);
            admins.authenticate(Optional.empty(), call.bearerToken());
            handler.handle(call);
        });
    }

    @Override
    public void operation(HandlerType method, String path, ApiHandler handler) {
        add(method, path, context -> handler.handle(call(context)));
    }

    /**
     * Registers the handler; a GET handler answers HEAD too, through the same guard, so that HEAD
     * is authenticated exactly like GET (the router would otherwise answer it on its own).
     */
    private void add(HandlerType method, String path, Handler handler) {
        javalin.addHttpHandler(method, path, handler);
        if (method == HandlerType.GET) {
            javalin.addHttpHandler(HandlerType.HEAD, path, handler);
        }
    }

    /** Answers the CORS preflight of every browser-facing path; called once, after the last route. */
    public void answerPreflights() {
        browserMethods.forEach((path, methods) -> javalin.addHttpHandler(
                HandlerType.OPTIONS, path, context -> cors.preflight(context, call(context), Set.copyOf(methods))));
    }

    private ApiCall call(Context context) {
        return new ApiCall(context, json, maxBodyBytes);
    }

    private void requireDeclaredLengthWithinLimit(Context context) {
        if (context.req().getContentLengthLong() > maxBodyBytes) {
            throw new ProblemException(Problem.payloadTooLarge(maxBodyBytes));
        }
    }
}
