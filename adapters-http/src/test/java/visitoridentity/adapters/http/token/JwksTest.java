package visitoridentity.adapters.http.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;

/** A workspace's jwksUrl, served by a test HTTP server: fetched, cached, refetched on a key roll at most once a minute. */
class JwksTest {
    private final AtomicReference<String> published = new AtomicReference<>("{\"keys\":[]}");
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private TokenFixture fixture;

    @BeforeEach
    void serveTheBackendsKeys() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        fixture = new TokenFixture();
        fixture.policy = TokenPolicy.DEFAULT.withJwksUrl(Optional.of(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json")));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void publish(ECKey... keys) {
        published.set(new JWKSet(java.util.Arrays.stream(keys)
                        .map(ECKey::toPublicJWK)
                        .map(k -> (com.nimbusds.jose.jwk.JWK) k)
                        .toList())
                .toString());
    }

    private String es256(ECKey key) throws Exception {
        return TokenFixture.sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                fixture.claims().build(),
                new ECDSASigner(key));
    }

    private Optional<String> refusal(String token) {
        return TokenFixture.refusalCode(fixture.judge(VerificationMode.OPTIONAL, token));
    }

    @Test
    void aTokenVerifiesWithAPublishedKeyFetchedOnceAndThenCached() throws Exception {
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("2026-01").generate();
        publish(first);

        assertThat(refusal(es256(first))).isEmpty();
        assertThat(refusal(es256(first))).isEmpty();
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void anUnknownKidAfterAKeyRollRefetchesTheSetButAtMostOnceAMinute() throws Exception {
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("2026-01").generate();
        ECKey rolled = new ECKeyGenerator(Curve.P_256).keyID("2026-02").generate();
        publish(first);
        assertThat(refusal(es256(first))).isEmpty();

        publish(first, rolled);
        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(refusal(es256(rolled))).contains("token-invalid");
        assertThat(refusal(es256(rolled))).contains("token-invalid");
        assertThat(fetches.get()).isEqualTo(1);

        fixture.clock.advance(Duration.ofSeconds(31));
        assertThat(refusal(es256(rolled))).isEmpty();
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void madeUpKidsDoNotMakeTheServerFetchMoreThanOnceAMinute() throws Exception {
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("2026-01").generate();
        publish(first);
        refusal(es256(first));

        for (int i = 0; i < 20; i++) {
            ECKey invented =
                    new ECKeyGenerator(Curve.P_256).keyID("made-up-" + i).generate();
            assertThat(refusal(es256(invented))).contains("token-invalid");
        }

        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void anUnreachableJwksVerifiesNothing() throws Exception {
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("2026-01").generate();
        server.stop(0);

        assertThat(refusal(es256(first))).contains("token-invalid");
    }

    @Test
    void privateAndSymmetricKeysOfAPublishedSetAreIgnored() throws Exception {
        ECKey leaked = new ECKeyGenerator(Curve.P_256).keyID("leaked").generate();
        published.set(new JWKSet(java.util.List.<com.nimbusds.jose.jwk.JWK>of(leaked)).toString(false));

        assertThat(refusal(es256(leaked))).contains("token-invalid");
    }
}
