package visitoridentity.domain.verification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * How a workspace takes identity tokens: the longest lifetime a token may have ({@code exp} after
 * {@code iat}), whether only tokens signed with its registered public keys prove anything (then no
 * HMAC, neither a static signature nor an HS256 token, proves a claim, and nothing is minted from
 * the database), and where its backend publishes its public keys (a JWKS URL), if it does.
 */
public record TokenPolicy(Duration maxTokenLifetime, boolean publicKeysOnly, Optional<URI> jwksUrl) {
    public static final Duration DEFAULT_MAX_TOKEN_LIFETIME = Duration.ofHours(1);
    public static final Duration MAX_TOKEN_LIFETIME_LIMIT = Duration.ofDays(1);
    public static final TokenPolicy DEFAULT = new TokenPolicy(DEFAULT_MAX_TOKEN_LIFETIME, false, Optional.empty());
    private static final int MAX_URL_LENGTH = 2048;

    public TokenPolicy {
        Objects.requireNonNull(maxTokenLifetime, "maxTokenLifetime");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        if (maxTokenLifetime.compareTo(Duration.ofSeconds(1)) < 0
                || maxTokenLifetime.compareTo(MAX_TOKEN_LIFETIME_LIMIT) > 0) {
            throw new InvalidFieldException("maxTokenLifetime", "must be between 1 and 86400 seconds");
        }
        jwksUrl.ifPresent(TokenPolicy::requireFetchable);
    }

    /**
     * The JWKS URL as given: an absolute https URL, or http on the loopback interface (a backend on
     * the same machine, tests); no user info, at most 2048 characters.
     */
    public static URI jwksUrl(String text) {
        if (text.length() > MAX_URL_LENGTH) {
            throw new InvalidFieldException("jwksUrl", "must be at most 2048 characters");
        }
        URI url;
        try {
            url = new URI(text);
        } catch (java.net.URISyntaxException notAUrl) {
            throw new InvalidFieldException("jwksUrl", "must be an absolute https URL");
        }
        requireFetchable(url);
        return url;
    }

    public TokenPolicy withMaxTokenLifetime(Duration lifetime) {
        return new TokenPolicy(lifetime, publicKeysOnly, jwksUrl);
    }

    public TokenPolicy withPublicKeysOnly(boolean only) {
        return new TokenPolicy(maxTokenLifetime, only, jwksUrl);
    }

    public TokenPolicy withJwksUrl(Optional<URI> url) {
        return new TokenPolicy(maxTokenLifetime, publicKeysOnly, url);
    }

    private static void requireFetchable(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        boolean loopback = "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
        boolean allowed = "https".equals(scheme) || ("http".equals(scheme) && loopback);
        if (!url.isAbsolute() || host == null || url.getUserInfo() != null || !allowed) {
            throw new InvalidFieldException(
                    "jwksUrl",
                    "must be an absolute https URL (http only on 127.0.0.1 or localhost), without user info");
        }
    }
}
