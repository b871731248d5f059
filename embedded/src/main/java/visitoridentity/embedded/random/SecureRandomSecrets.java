package visitoridentity.embedded.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.domain.signature.SigningSecret;

/**
 * Secrets of 256 bits from {@link SecureRandom}, hex-encoded behind a prefix that tells a reader
 * (or a secret scanner) what a leaked string is: {@code vt_} visitor token, {@code vik_} admin key,
 * {@code whsec_} signing secret.
 */
public final class SecureRandomSecrets implements SecretGenerator {
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newVisitorToken() {
        return "vt_" + randomHex();
    }

    @Override
    public String newAdminKey() {
        return "vik_" + randomHex();
    }

    @Override
    public SigningSecret newSigningSecret() {
        return new SigningSecret("whsec_" + randomHex());
    }

    @Override
    public String newWebhookSecret() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    /** A root admin token for a server started without one configured. */
    public String newRootToken() {
        return "vir_" + randomHex();
    }

    private String randomHex() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
