package visitoridentity.adapters.http.dialect;

import visitoridentity.adapters.http.web.ApiHandler;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;

/**
 * What a dialect is given to declare its routes. Every path is relative to the dialect's mount
 * {@code /compat/{vendor}/{ws}} and browser-facing: CORS follows the workspace's allowed origins and
 * the preflight is answered; the handler's {@link visitoridentity.adapters.http.web.ApiCall} gives
 * the workspace, the visitor token, the size-limited strictly parsed body and the response.
 * Whatever a handler throws becomes a problem detail; a dialect that needs a vendor's own error
 * throws a {@link visitoridentity.adapters.http.problem.ProblemException}. Each route is listed in
 * {@code /openapi.json} with its summary.
 */
public interface DialectRoutes {
    /** The vendor's identify call, on POST: counted and timed in the identify metrics under the dialect's name. */
    void identify(String path, String summary, ApiHandler handler);

    void post(String path, String summary, ApiHandler handler);

    void get(String path, String summary, ApiHandler handler);

    IdentifyVisitorUseCase identifyVisitor();

    ShowCurrentVisitorUseCase showCurrentVisitor();

    ResolveTrustedContextUseCase resolveTrustedContext();
}
