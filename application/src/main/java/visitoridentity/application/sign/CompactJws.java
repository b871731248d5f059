package visitoridentity.application.sign;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.SignedPayload;
import visitoridentity.domain.signature.SigningKey;

/**
 * Writes an HS256 compact JWS (RFC 7515 §7.1): base64url of the header, a dot, base64url of the
 * claims, a dot, base64url of the HMAC-SHA256 of those two with the key. Only writing: tokens are
 * read and verified by a JOSE library in the HTTP adapter, never here.
 */
final class CompactJws {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private CompactJws() {}

    static String hs256(SigningKey key, Map<String, JsonValue> claims) {
        Map<String, JsonValue> header = new LinkedHashMap<>();
        header.put("alg", new JsonString("HS256"));
        header.put("kid", new JsonString(key.kid()));
        header.put("typ", new JsonString("JWT"));
        String signingInput = part(header) + "." + part(claims);
        byte[] message = signingInput.getBytes(StandardCharsets.US_ASCII);
        byte[] signature = HexFormat.of().parseHex(HmacSha256.sign(key, new SigningInput(message)));
        return signingInput + "." + BASE64URL.encodeToString(signature);
    }

    private static String part(Map<String, JsonValue> members) {
        return BASE64URL.encodeToString(
                CompactJson.write(new JsonObject(members)).getBytes(StandardCharsets.UTF_8));
    }

    private static final class SigningInput implements SignedPayload {
        private final byte[] bytes;

        SigningInput(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public byte[] message() {
            return bytes.clone();
        }

        @Override
        public List<byte[]> acceptedMessages() {
            return List.of(message());
        }
    }
}
