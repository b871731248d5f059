package visitoridentity.adapters.http.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import visitoridentity.adapters.http.Reply;
import visitoridentity.adapters.http.TestServer;
import visitoridentity.adapters.http.TestServer.Session;

/**
 * A workspace of a {@link TestServer} whose active signing key is long enough for HS256, and two
 * signers written apart from the production code: nimbus's own signer, and one that builds a token
 * by hand from any header (for the attacks nimbus would not sign).
 */
public record JwtWorkspace(TestServer server, String id, String secret, String kid) {
    public static final String SECRET = "a-32-byte-or-longer-secret-for-hs256-tests";

    /** A workspace in a verification mode whose active key (grace 0) is {@link #SECRET}. */
    public static JwtWorkspace inMode(TestServer server, String verificationMode) {
        JsonNode created =
                server.createWorkspace("{\"name\":\"Shop\",\"verificationMode\":\"" + verificationMode + "\"}");
        String id = created.path("id").asText();
        JsonNode rotated = rotate(server, id, SECRET);
        return new JwtWorkspace(server, id, SECRET, rotated.path("signingKeyId").asText());
    }

    /** Rotates to {@code secret}, keeping the previous key for an hour; answers the rotation. */
    public static JsonNode rotate(TestServer server, String workspaceId, String secret) {
        Reply reply = server.post(
                "/v1/workspaces/" + workspaceId + "/signing-keys",
                TestServer.ROOT,
                "{\"graceSeconds\":3600,\"signingSecret\":\"" + secret + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("key not rotated: " + reply);
        }
        return reply.json();
    }

    public Session session() {
        return server.session(id);
    }

    public Instant now() {
        return server.app.clock.instant();
    }

    /** An HS256 token signed by nimbus with the active key, its kid in the header, expiring in 10 minutes. */
    public String token(Map<String, Object> claims) {
        return token(Optional.of(kid), secret, claims, now().plus(Duration.ofMinutes(10)));
    }

    public static String token(Optional<String> kid, String secret, Map<String, Object> claims, Instant expiry) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().expirationTime(Date.from(expiry));
        claims.forEach(set::claim);
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.HS256);
        kid.ifPresent(header::keyID);
        SignedJWT jwt = new SignedJWT(header.build(), set.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
        return jwt.serialize();
    }

    /** A token built by hand: base64url of the header and payload as given, HMAC-SHA256 with the secret. */
    public static String handMade(String headerJson, String payloadJson, String secret) {
        String input = base64Url(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** An {@code alg: none} token: header and payload, and an empty signature. */
    public static String unsigned(String payloadJson) {
        return base64Url("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    public long expiresInTenMinutes() {
        return now().plus(Duration.ofMinutes(10)).getEpochSecond();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
