package visitoridentity.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.stream.Collectors;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.workspace.AllowedOrigins;

/**
 * CORS for the browser-facing routes, per workspace: no allowed origins means any origin (answered
 * {@code *}, never with credentials, which bearer tokens do not need); otherwise the caller's origin
 * is echoed when listed and refused with 403 when not. Calls without an Origin are not from a
 * browser's cross-origin fetch and get no CORS headers.
 */
final class BrowserCors {
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    /** The fresh visitor token a dialect's identify answers with when the device moved to another visitor. */
    private static final String EXPOSED_HEADERS = ApiCall.VISITOR_TOKEN_HEADER;

    private static final String MAX_AGE_SECONDS = "600";

    private final ShowWorkspaceUseCase workspaces;

    BrowserCors(ShowWorkspaceUseCase workspaces) {
        this.workspaces = workspaces;
    }

    /** Adds the CORS headers for an actual request, or refuses one from a disallowed origin. */
    void allow(Context context, ApiCall call) {
        String origin = context.header("Origin");
        if (origin == null) {
            return;
        }
        AllowedOrigins allowed = allowedOrigins(context, call);
        if (allowed.origins().isEmpty()) {
            context.header("Access-Control-Allow-Origin", "*");
            context.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            return;
        }
        context.header("Vary", "Origin");
        if (!allowed.allows(origin)) {
            throw new ProblemException(Problem.originNotAllowed());
        }
        context.header("Access-Control-Allow-Origin", origin);
        context.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** Answers an OPTIONS request on a browser-facing path whose browser methods are given. */
    void preflight(Context context, ApiCall call, Set<HandlerType> methods) {
        String allowedMethods = methods.stream().map(HandlerType::name).sorted().collect(Collectors.joining(", "));
        context.header("Allow", allowedMethods + ", OPTIONS");
        if (context.header("Origin") != null) {
            allow(context, call);
            context.header("Access-Control-Allow-Methods", allowedMethods);
            context.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            context.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
        }
        call.respondNoContent();
    }

    /** An unknown workspace's 404 is readable from any origin: it reveals nothing a browser could not try. */
    private AllowedOrigins allowedOrigins(Context context, ApiCall call) {
        try {
            return workspaces.show(call.workspaceId()).allowedOrigins();
        } catch (NotFoundException | ProblemException unknown) {
            context.header("Access-Control-Allow-Origin", "*");
            throw unknown;
        }
    }
}
