package visitoridentity.application.fake;

import java.util.concurrent.atomic.AtomicLong;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.domain.signature.SigningSecret;

/** Distinct, recognisable secrets for tests (not random: tests must be repeatable). */
public final class CountingSecrets implements SecretGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public String newVisitorToken() {
        return "vt_test_" + next.incrementAndGet();
    }

    @Override
    public String newAdminKey() {
        return "ak_test_" + next.incrementAndGet();
    }

    @Override
    public SigningSecret newSigningSecret() {
        return new SigningSecret("whsec_test_" + next.incrementAndGet());
    }

    @Override
    public String newWebhookSecret() {
        return "whsec_"
                + java.util.Base64.getEncoder()
                        .encodeToString(String.format("webhook-secret-for-test-%08d", next.incrementAndGet())
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
