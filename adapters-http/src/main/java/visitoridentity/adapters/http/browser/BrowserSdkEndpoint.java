package visitoridentity.adapters.http.browser;

import io.javalin.http.HandlerType;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.Routes;

/**
 * {@code GET /sdk/v1/visitor-identity.js}: the browser SDK's script, built by the {@code
 * sdk-browser} module into its jar. Any page may load it (a script tag needs no CORS, an ES import
 * does); it is cached for a year as immutable and revalidated by its ETag.
 */
public final class BrowserSdkEndpoint {
    public static final String PATH = "/sdk/v1/visitor-identity.js";
    static final String RESOURCE = "visitoridentity/sdk/v1/visitor-identity.js";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final String A_YEAR_IMMUTABLE = "public, max-age=31536000, immutable";

    private final StaticFile script;

    public BrowserSdkEndpoint() {
        this.script = StaticFile.fromClasspath(RESOURCE, JAVASCRIPT);
    }

    public void register(Routes routes) {
        routes.operation(HandlerType.GET, PATH, this::serve);
    }

    private void serve(ApiCall call) {
        call.header("Cache-Control", A_YEAR_IMMUTABLE);
        call.header("ETag", script.etag());
        call.header("Access-Control-Allow-Origin", "*");
        call.header("Cross-Origin-Resource-Policy", "cross-origin");
        if (call.header("If-None-Match").filter(script::matches).isPresent()) {
            call.respondNotModified();
            return;
        }
        call.respondBytes(200, script.contentType(), script.bytes());
    }
}
