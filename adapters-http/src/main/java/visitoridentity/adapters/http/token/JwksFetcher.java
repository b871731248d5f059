package visitoridentity.adapters.http.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace backend's JWKS, fetched from its {@code jwksUrl} with java.net.http (a timeout on the
 * connection and on the whole request, at most 256 KiB), kept in a Caffeine cache, and fetched
 * again when a token names a {@code kid} the cached set lacks (a key roll), but at most once a
 * minute per URL, so tokens with made-up kids cannot make the server hammer the backend. Only
 * public signing keys of the set are kept.
 */
public final class JwksFetcher {
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofMinutes(1);
    private static final Duration CACHED_FOR = Duration.ofMinutes(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_BYTES = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(JwksFetcher.class);

    private final HttpClient client;
    private final Clock clock;
    private final Cache<URI, List<JWK>> sets = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(CACHED_FOR)
            .build();
    private final ConcurrentMap<URI, Instant> lastFetched = new ConcurrentHashMap<>();

    public JwksFetcher(Clock clock) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                clock);
    }

    JwksFetcher(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * The public keys published at {@code url}; fetched again first when none of them has {@code kid}
     * (and the last fetch is a minute old). Empty when the set cannot be fetched.
     */
    List<JWK> keys(URI url, Optional<String> kid) {
        List<JWK> cached = sets.getIfPresent(url);
        boolean kidUnknown = cached != null
                && kid.isPresent()
                && cached.stream().noneMatch(key -> kid.get().equals(key.getKeyID()));
        if (cached != null && !kidUnknown) {
            return cached;
        }
        synchronized (this) {
            Instant now = clock.instant();
            Instant last = lastFetched.get(url);
            if (last != null && now.isBefore(last.plus(MIN_REFETCH_INTERVAL))) {
                List<JWK> meanwhile = sets.getIfPresent(url);
                return meanwhile == null ? List.of() : meanwhile;
            }
            lastFetched.put(url, now);
            Optional<List<JWK>> fetched = fetch(url);
            fetched.ifPresent(keys -> sets.put(url, keys));
            return fetched.orElse(cached == null ? List.of() : cached);
        }
    }

    private Optional<List<JWK>> fetch(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    LOG.warn("the JWKS at {} answered {}", url, response.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    LOG.warn("the JWKS at {} is over {} bytes", url, MAX_BYTES);
                    return Optional.empty();
                }
                JWKSet set = JWKSet.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                return Optional.of(set.getKeys().stream()
                        .filter(key -> PublicJwk.algorithmOf(key).isPresent())
                        .toList());
            }
        } catch (IOException | ParseException unusable) {
            LOG.warn(
                    "could not fetch the JWKS at {}: {}",
                    url,
                    unusable.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
