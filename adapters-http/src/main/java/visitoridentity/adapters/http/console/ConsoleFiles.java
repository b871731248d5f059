package visitoridentity.adapters.http.console;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.Routes;

/**
 * The console's static files (built by the {@code console} module into the classpath under {@code
 * visitoridentity/console/}) at {@code /console}: the page at {@code /console}, its script and
 * stylesheet beside it. Each answer carries a strong ETag (a conditional request gets {@code 304}),
 * a Content-Security-Policy that allows nothing but this server's own files (no inline script or
 * style, no framing), and no cookie. Without the module on the classpath every file is {@code 404}.
 */
public final class ConsoleFiles {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final String ROOT = "visitoridentity/console/";
    private static final String PAGE = "index.html";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final ClassLoader classLoader;
    private final Map<String, Optional<ConsoleFile>> loaded = new ConcurrentHashMap<>();

    public ConsoleFiles() {
        this(ConsoleFiles.class.getClassLoader());
    }

    ConsoleFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public void register(Routes routes) {
        routes.operation(HandlerType.GET, "/console", call -> serve(call, PAGE));
        routes.operation(HandlerType.GET, "/console/{file}", call -> serve(call, call.pathText("file")));
    }

    private void serve(ApiCall call, String name) {
        ConsoleFile file =
                find(name).orElseThrow(() -> new ProblemException(Problem.notFound("the console has no file " + name)));
        call.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        call.header("X-Frame-Options", "DENY");
        call.header("Referrer-Policy", "no-referrer");
        call.header("Cache-Control", "no-cache");
        call.header("ETag", file.etag());
        if (call.requestHeader("If-None-Match").filter(file::matches).isPresent()) {
            call.respondEmpty(304);
            return;
        }
        call.respondBytes(200, file.contentType(), file.bytes());
    }

    private Optional<ConsoleFile> find(String name) {
        if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String contentType = CONTENT_TYPES.get(extension);
        if (contentType == null) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(name, n -> load(n, contentType));
    }

    private Optional<ConsoleFile> load(String name, String contentType) {
        try (InputStream in = classLoader.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new ConsoleFile(bytes, contentType, etagOf(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** One file's bytes, its media type and its ETag. */
    private record ConsoleFile(byte[] bytes, String contentType, String etag) {
        /** {@code If-None-Match} holds this ETag, or is {@code *}; weak ETags compare weakly, as RFC 9110 says. */
        boolean matches(String ifNoneMatch) {
            for (String tag : ifNoneMatch.split(",", -1)) {
                String trimmed = tag.trim();
                if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
