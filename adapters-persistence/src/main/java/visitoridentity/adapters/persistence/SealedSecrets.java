package visitoridentity.adapters.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Signing secrets as stored: AES-256-GCM under the {@link SecretsKey}, a fresh 96-bit nonce per
 * sealing, the 128-bit tag, and the owner as associated data (the workspace of a signing secret,
 * the endpoint of a webhook secret: a sealed secret copied to another row does not open). Stored as
 * {@code aes256gcm:} and base64 of nonce then ciphertext.
 */
final class SealedSecrets {
    static final String PREFIX = "aes256gcm:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretsKey key;
    private final SecureRandom random = new SecureRandom();

    SealedSecrets(SecretsKey key) {
        this.key = key;
    }

    String seal(String secret, String workspaceId) {
        return sealFor(secret, "signing_keys:" + workspaceId);
    }

    /** A webhook endpoint's secret, bound to that endpoint. */
    String sealWebhookSecret(String secret, String endpointId) {
        return sealFor(secret, "webhook_endpoints:" + endpointId);
    }

    String openWebhookSecret(String stored, String endpointId) {
        return openFor(stored, "webhook_endpoints:" + endpointId);
    }

    private String sealFor(String secret, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret in a stored text; an {@link IllegalStateException} (naming no value) when the text
     * was not sealed by this key for this workspace.
     */
    String open(String stored, String workspaceId) {
        return openFor(stored, "signing_keys:" + workspaceId);
    }

    private String openFor(String stored, String owner) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a stored signing secret is not sealed");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new IllegalStateException("a stored signing secret is truncated");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), owner);
            byte[] secret = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(secret, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a stored signing secret does not open with the configured secrets key"
                            + " (VISITOR_IDENTITY_SECRETS_KEY is not the key it was sealed with)",
                    e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
