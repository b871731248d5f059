package visitoridentity.domain.workspace;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * The browser origins ({@code scheme://host[:port]}, http or https) allowed to call the
 * browser-facing API of a workspace, in the form a browser sends: lower-cased, the scheme's default
 * port dropped ({@code https://h:443} is {@code https://h}), any other port from 1 to 65535, a host
 * of at most 253 characters. Empty allows every origin.
 */
public record AllowedOrigins(List<String> origins) {
    public static final AllowedOrigins ANY = new AllowedOrigins(List.of());
    private static final int MAX_ORIGINS = 100;
    private static final int MAX_HOST_LENGTH = 253;
    /** {@code https://} and {@code :65535} around the longest host: anything longer is refused unparsed. */
    private static final int MAX_ORIGIN_LENGTH = "https://".length() + MAX_HOST_LENGTH + ":65535".length();

    private static final int MAX_PORT = 65_535;

    public AllowedOrigins {
        if (origins.size() > MAX_ORIGINS) {
            throw new InvalidFieldException("allowedOrigins", "must hold at most 100 origins");
        }
        origins = origins.stream().map(AllowedOrigins::normalize).distinct().toList();
    }

    public boolean allows(String origin) {
        return origins.isEmpty() || origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    private static String normalize(String origin) {
        String rule = "each must be an origin such as https://shop.example.com (scheme, host, optional port)";
        if (origin == null || origin.strip().length() > MAX_ORIGIN_LENGTH) {
            throw new InvalidFieldException("allowedOrigins", rule + ", at most " + MAX_ORIGIN_LENGTH + " characters");
        }
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || !bare
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new InvalidFieldException("allowedOrigins", rule);
            }
            if (uri.getHost().length() > MAX_HOST_LENGTH) {
                throw new InvalidFieldException(
                        "allowedOrigins", "each host must be at most " + MAX_HOST_LENGTH + " characters");
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port(scheme, uri);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("allowedOrigins", rule);
        }
    }

    /** The port as a browser writes it in an Origin: none for the scheme's default. */
    private static String port(String scheme, URI uri) {
        int port = uri.getPort();
        if (port == -1 && uri.getRawAuthority().endsWith(":")) {
            port = 0; // "https://h:" names no port: refused like port 0
        }
        if (port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            return "";
        }
        if (port < 1 || port > MAX_PORT) {
            throw new InvalidFieldException("allowedOrigins", "each port must be from 1 to " + MAX_PORT);
        }
        return ":" + port;
    }
}
