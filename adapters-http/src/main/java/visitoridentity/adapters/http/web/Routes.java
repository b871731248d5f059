package visitoridentity.adapters.http.web;

import io.javalin.http.HandlerType;

/**
 * Where an API declares its routes, each with the guard its audience needs. Paths use Javalin's
 * {@code {name}} parameters; a workspace-scoped path names its workspace {@code {ws}}.
 */
public interface Routes {
    /** Browser-facing: CORS per the workspace's allowed origins, preflight answered; the visitor token is the handler's. */
    void browser(HandlerType method, String path, ApiHandler handler);

    /** Server-to-server on one workspace: the root token or that workspace's admin key. */
    void workspaceAdmin(HandlerType method, String path, ApiHandler handler);

    /** Server-to-server across workspaces: the root token only. */
    void rootAdmin(HandlerType method, String path, ApiHandler handler);

    /** Operations (health, metrics, the API description): open, no CORS. */
    void operation(HandlerType method, String path, ApiHandler handler);
}
