package visitoridentity.adapters.http.browser;

import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.Routes;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.domain.id.WorkspaceId;

/**
 * {@code GET /demo}: a page that loads the SDK from this server with one script tag, starts a
 * visitor, fetches the demo user's signature from {@code POST /demo/signature} (standing in for a
 * site's backend) and identifies with it, then shows the verified result. Mounted only when the
 * server runs the demo: the signing route signs one fixed user of the demo workspace and nothing
 * else. The page has no inline script, so its Content-Security-Policy allows only this origin.
 */
public final class DemoPage {
    public static final String DEMO_USER = "demo-user";
    static final String DEMO_USER_NAME = "Demo User";
    private static final String FOLDER = "visitoridentity/adapters/http/browser/";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String WORKSPACE_PLACEHOLDER = "{{workspace}}";

    private final DemoWorkspace workspace;
    private final SignIdentityUseCase signIdentity;
    private final String page;
    private final StaticFile script;
    private final StaticFile style;

    public DemoPage(DemoWorkspace workspace, SignIdentityUseCase signIdentity) {
        this.workspace = workspace;
        this.signIdentity = signIdentity;
        this.page = new String(
                StaticFile.fromClasspath(FOLDER + "demo.html", "text/html").bytes(), StandardCharsets.UTF_8);
        this.script = StaticFile.fromClasspath(FOLDER + "demo.js", BrowserSdkEndpoint.JAVASCRIPT);
        this.style = StaticFile.fromClasspath(FOLDER + "demo.css", "text/css; charset=utf-8");
    }

    public void register(Routes routes) {
        routes.operation(HandlerType.GET, "/demo", this::page);
        routes.operation(HandlerType.GET, "/demo/demo.js", call -> file(call, script));
        routes.operation(HandlerType.GET, "/demo/demo.css", call -> file(call, style));
        routes.operation(HandlerType.POST, "/demo/signature", this::signature);
    }

    private void page(ApiCall call) {
        call.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        call.header("Referrer-Policy", "no-referrer");
        call.respondText(
                200,
                "text/html; charset=utf-8",
                page.replace(WORKSPACE_PLACEHOLDER, demoWorkspace().value()));
    }

    private static void file(ApiCall call, StaticFile file) {
        call.respondBytes(200, file.contentType(), file.bytes());
    }

    private void signature(ApiCall call) {
        IdentitySignatures signatures = signIdentity.sign(new SignIdentityCommand(
                demoWorkspace(), Optional.of(DEMO_USER), Optional.empty(), Optional.empty(), Optional.empty()));
        call.respond(
                200,
                new DemoSignature(
                        DEMO_USER, DEMO_USER_NAME, signatures.externalId().orElseThrow()));
    }

    private WorkspaceId demoWorkspace() {
        return workspace
                .id()
                .orElseThrow(() -> new ProblemException(Problem.notFound("the demo workspace is not ready yet")));
    }

    /** What the demo's stand-in backend hands its page: the user and the signature of its id. */
    record DemoSignature(String externalId, String name, String signature) {}
}
