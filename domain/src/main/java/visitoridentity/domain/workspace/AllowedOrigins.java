package visitoridentity.domain.workspace;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * The browser origins ({@code scheme://host[:port]}, http or https) allowed to call the
 * browser-facing API of a workspace, lower-cased. Empty allows every origin.
 */
public record AllowedOrigins(List<String> origins) {
    public static final AllowedOrigins ANY = new AllowedOrigins(List.of());
    private static final int MAX_ORIGINS = 100;

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
        if (origin == null) {
            throw new InvalidFieldException("allowedOrigins", rule);
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
            String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("allowedOrigins", rule);
        }
    }
}
