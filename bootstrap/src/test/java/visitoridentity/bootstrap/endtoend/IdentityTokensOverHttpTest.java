package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/**
 * Identity tokens over real HTTP against the real server: minted by the server or signed by an
 * independent signer (nimbus directly), every error code as a browser meets it, public keys
 * registered over the API or published at a JWKS URL, a workspace of public keys only, and a token
 * replayed on a second server sharing one PostgreSQL database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityTokensOverHttpTest {
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static JWTClaimsSet.Builder claims(Site site) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject("user_123")
                .audience(site.id)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String hs256(Site site, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), claims);
        jwt.sign(new MACSigner(site.signingSecret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String es256(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static Response identifyWith(Site site, Browser browser, String token) {
        return site.identify(browser, json("identityToken", token));
    }

    private static Response mint(Site site, String body) {
        return site.api.post(site.path("/identity-tokens"), site.adminKey, body);
    }

    @Test
    void aMintedTokenIdentifiesOnceAndNimbusVerifiesItWithTheSigningSecret() throws Exception {
        Site site = server.newSite("required");
        Browser browser = site.newBrowser();
        Response minted = mint(
                site,
                json(
                        "externalId",
                        "user_123",
                        "email",
                        "jane@example.com",
                        "name",
                        "Jane",
                        "anonymousId",
                        browser.anonymousId(),
                        "ttlSeconds",
                        120));
        assertThat(minted.status()).as("%s", minted).isEqualTo(200);
        String token = minted.text("/identityToken");
        assertThat(SignedJWT.parse(token).verify(new MACVerifier(site.signingSecret.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo("key-1");

        Response identified = identifyWith(site, browser, token);

        assertThat(identified.status()).as("%s", identified).isEqualTo(200);
        assertThat(identified.text("/externalId")).isEqualTo("user_123");
        assertThat(identified.text("/claimTrust/externalId")).isEqualTo("verified");
        assertThat(identified.text("/claimTrust/email")).isEqualTo("verified");
        assertThat(identified.text("/name")).isEqualTo("Jane");
        assertThat(identified.json().path("hmacVerified").asBoolean()).isTrue();
        Response replayed = identifyWith(site, browser, token);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.code()).isEqualTo("token-replayed");
    }

    @Test
    void aTokenBoundToAnotherDeviceIsRefused() {
        Site site = server.newSite("required");
        Browser mine = site.newBrowser();
        Browser other = site.newBrowser();
        String token = mint(site, json("externalId", "user_123", "anonymousId", mine.anonymousId()))
                .text("/identityToken");

        Response stolen = identifyWith(site, other, token);

        assertThat(stolen.status()).isEqualTo(401);
        assertThat(stolen.code()).isEqualTo("token-invalid");
    }

    @Test
    void eachFailureHasItsCodeAndADetailThatSaysWhatToFix() throws Exception {
        Site site = server.newSite("required");
        Instant now = Instant.now();
        Map<String, String> tokens = Map.of(
                "token-expired",
                hs256(
                        site,
                        claims(site)
                                .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                                .expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))
                                .build()),
                "token-not-yet-valid",
                hs256(
                        site,
                        claims(site)
                                .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(3))))
                                .build()),
                "token-audience",
                hs256(site, claims(site).audience("ws_another").build()),
                "token-invalid",
                hs256(
                        site,
                        claims(site)
                                .expirationTime(Date.from(now.plus(Duration.ofHours(3))))
                                .build()),
                "token-malformed",
                "this-is-not-a-token");
        for (Map.Entry<String, String> expected : tokens.entrySet()) {
            Response refused = identifyWith(site, site.newBrowser(), expected.getValue());
            assertThat(refused.status()).as("%s", refused).isEqualTo(401);
            assertThat(refused.code()).as("%s", refused).isEqualTo(expected.getKey());
            assertThat(refused.text("/detail")).isNotBlank().doesNotContain(expected.getValue());
        }
    }

    @Test
    void inOptionalModeABadTokenLeavesItsClaimsUnverified() throws Exception {
        Site site = server.newSite("optional");
        Browser browser = site.newBrowser();
        String expired = hs256(
                site,
                claims(site)
                        .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5))))
                        .build());

        Response identified = identifyWith(site, browser, expired);

        assertThat(identified.status()).as("%s", identified).isEqualTo(200);
        assertThat(identified.text("/externalId")).isEqualTo("user_123");
        assertThat(identified.text("/claimTrust/externalId")).isEqualTo("unverified");
    }

    @Test
    void claimsBesideATokenAreRefused() throws Exception {
        Site site = server.newSite("required");
        Response refused = site.identify(
                site.newBrowser(),
                json("identityToken", hs256(site, claims(site).build()), "externalId", "admin"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-field");
    }

    @Test
    void theWorkspaceShowsItsSigningKeysKidsAndItsTokenSettings() {
        Site site = server.newSite("required");
        site.rotateKey(3600);

        Response shown = site.api.get(site.path(""), site.adminKey);

        assertThat(shown.texts("/signingKeys").size()).isEqualTo(2);
        assertThat(shown.text("/signingKeys/0/kid")).isEqualTo("key-2");
        assertThat(shown.text("/signingKeys/0/validUntil")).isNull();
        assertThat(shown.text("/signingKeys/1/kid")).isEqualTo("key-1");
        assertThat(shown.text("/signingKeys/1/validUntil")).isNotNull();
        assertThat(shown.json().path("maxTokenLifetimeSeconds").asLong()).isEqualTo(3600);
        assertThat(shown.json().path("publicKeysOnly").asBoolean()).isFalse();
        assertThat(shown.body()).doesNotContain(site.signingSecret);
    }

    @Test
    void aRegisteredPublicKeyVerifiesUntilItIsDeleted() throws Exception {
        Site site = server.newSite("required");
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("backend-1").generate();
        Response registered = site.api.post(
                site.path("/public-keys"),
                site.adminKey,
                json("kid", "backend-1", "jwk", key.toPublicJWK().toJSONObject()));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        assertThat(registered.text("/alg")).isEqualTo("ES256");
        assertThat(site.api.get(site.path("/public-keys"), site.adminKey).text("/publicKeys/0/kid"))
                .isEqualTo("backend-1");

        Response identified =
                identifyWith(site, site.newBrowser(), es256(key, claims(site).build()));
        assertThat(identified.status()).as("%s", identified).isEqualTo(200);
        assertThat(identified.text("/claimTrust/externalId")).isEqualTo("verified");

        assertThat(site.api
                        .delete(site.path("/public-keys/backend-1"), site.adminKey)
                        .status())
                .isEqualTo(204);
        Response afterDelete =
                identifyWith(site, site.newBrowser(), es256(key, claims(site).build()));
        assertThat(afterDelete.code()).isEqualTo("token-invalid");
    }

    @Test
    void aPrivateKeyIsNeverRegistered() throws Exception {
        Site site = server.newSite("required");
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();

        Response refused =
                site.api.post(site.path("/public-keys"), site.adminKey, json("kid", "oops", "jwk", key.toJSONObject()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("jwk");
    }

    @Test
    void aWorkspaceOfPublicKeysOnlyMintsNothingAndTakesNoHmac() throws Exception {
        Site site = server.newSite("required");
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("backend-1").generate();
        site.api.post(
                site.path("/public-keys"),
                site.adminKey,
                json("kid", "backend-1", "jwk", key.toPublicJWK().toJSONObject()));
        assertThat(site.settings(json("publicKeysOnly", true)).status()).isEqualTo(200);

        assertThat(mint(site, json("externalId", "user_123")).status()).isEqualTo(400);
        assertThat(site.api
                        .post(site.path("/signatures"), site.adminKey, json("externalId", "user_123"))
                        .status())
                .isEqualTo(400);
        Response hmac = site.identify(
                site.newBrowser(),
                json("externalId", "user_123", "signatures", Api.object("externalId", site.sign("user_123"))));
        assertThat(hmac.code()).isEqualTo("signature-invalid");
        assertThat(identifyWith(
                                site,
                                site.newBrowser(),
                                hs256(site, claims(site).build()))
                        .code())
                .isEqualTo("token-invalid");
        assertThat(identifyWith(site, site.newBrowser(), es256(key, claims(site).build()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aKeyPublishedAtTheWorkspacesJwksUrlVerifies() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("jwks-1").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks.json", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
        try {
            Site site = server.newSite("required");
            String url = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json";
            assertThat(site.settings(json("jwksUrl", url)).status()).isEqualTo(200);

            Response identified = identifyWith(
                    site, site.newBrowser(), es256(key, claims(site).build()));

            assertThat(identified.status()).as("%s", identified).isEqualTo(200);
            assertThat(identified.text("/claimTrust/externalId")).isEqualTo("verified");
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void aTokenUsedOnOneInstanceIsReplayedOnAnotherSharingThePostgresDatabase() throws Exception {
        String url = PostgresSchema.fresh();
        try (TestServer first = TestServer.onPostgres(url);
                TestServer second = TestServer.onPostgres(url)) {
            Site onFirst = first.newSite("required");
            Site onSecond = onFirst.through(second.api);
            String token =
                    hs256(onFirst, claims(onFirst).jwtID("jti-across-instances").build());

            assertThat(identifyWith(onFirst, onFirst.newBrowser(), token).status())
                    .isEqualTo(200);
            Response replayed = identifyWith(onSecond, onSecond.newBrowser(), token);

            assertThat(replayed.status()).isEqualTo(401);
            assertThat(replayed.code()).isEqualTo("token-replayed");
        }
    }
}
