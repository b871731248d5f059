package visitoridentity.adapters.http.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.json.StrictJson;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;

/**
 * One HTTP call as a handler sees it: path ids, the bearer credential, the JSON body (read within
 * the size limit, then parsed strictly) and the response. Hides Javalin from handlers and dialects.
 */
public final class ApiCall {
    /** The response header that hands the browser its fresh visitor token after a rotation. */
    public static final String VISITOR_TOKEN_HEADER = "X-Visitor-Token";

    /** The path parameter every workspace-scoped route names its workspace by. */
    private static final String WORKSPACE = "ws";

    private final Context context;
    private final StrictJson json;
    private final long maxBodyBytes;

    ApiCall(Context context, StrictJson json, long maxBodyBytes) {
        this.context = context;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    public WorkspaceId workspaceId() {
        return pathId(WORKSPACE, "workspace", WorkspaceId::of);
    }

    /** A path id in its domain type; one that cannot be an id is simply not found. */
    public <T> T pathId(String parameter, String kind, Function<String, T> parse) {
        try {
            return parse.apply(context.pathParam(parameter));
        } catch (InvalidFieldException e) {
            throw new ProblemException(Problem.notFound("no " + kind + " with that id"));
        }
    }

    /** The bearer credential, whatever it is for; {@code unauthorized} when missing or garbled. */
    public String bearerToken() {
        return BearerToken.from(context.header("Authorization"));
    }

    public VisitorCredentials visitorCredentials() {
        return new VisitorCredentials(workspaceId(), bearerToken());
    }

    /** The address of the TCP peer (a proxy's when the server is behind one). */
    public String clientAddress() {
        return context.ip();
    }

    /**
     * Sets a response header, replacing one set before (such as the default {@code Cache-Control});
     * it is kept when the call then fails with a problem.
     */
    public void header(String name, String value) {
        context.header(name, value);
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(context.queryParam(name));
    }

    /** A path parameter as sent, for routes whose parameter is no domain id (a file name). */
    public String pathText(String parameter) {
        return context.pathParam(parameter);
    }

    public Optional<String> requestHeader(String name) {
        return Optional.ofNullable(context.header(name));
    }

    /** The body, which must be one JSON object. */
    public JsonFields jsonBody() {
        return JsonFields.ofBody(json.parse(bodyBytes()));
    }

    /** The body as a JSON object, or no members at all when the body is empty. */
    public JsonFields jsonBodyOrEmpty() {
        byte[] body = bodyBytes();
        return body.length == 0 ? JsonFields.of(JsonObject.EMPTY) : JsonFields.ofBody(json.parse(body));
    }

    public void respond(int status, Object body) {
        context.status(status).json(body);
    }

    /**
     * Answers an identify with 200 and the body as the API or the vendor shapes it; when the call
     * moved the device to another visitor, the device's fresh token travels in {@code X-Visitor-Token}
     * (exposed to CORS), so that a vendor-shaped body stays as the vendor documents it.
     */
    public void respondIdentified(IdentityResult result, Object body) {
        result.visitorToken().ifPresent(token -> context.header(VISITOR_TOKEN_HEADER, token));
        respond(200, body);
    }

    public void respondNoContent() {
        context.status(204).removeHeader("Content-Type");
    }

    public void respondText(int status, String contentType, String text) {
        context.status(status).contentType(contentType).result(text);
    }

    public void respondBytes(int status, String contentType, byte[] body) {
        context.status(status).contentType(contentType).result(body);
    }

    /** 304: the caller's copy is current; no body. */
    public void respondNotModified() {
        context.status(304).removeHeader("Content-Type");
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(context.header(name));
    }

    /** A status with no body at all ({@code 304 Not Modified}). */
    public void respondEmpty(int status) {
        context.status(status).removeHeader("Content-Type");
    }

    /** Reads at most the limit; a longer body, chunked or not, is refused before a byte of it is parsed. */
    private byte[] bodyBytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = context.bodyInputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > maxBodyBytes) {
                    throw new ProblemException(Problem.payloadTooLarge(maxBodyBytes));
                }
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.invalidJson("the body could not be read"));
        }
        return body.toByteArray();
    }
}
