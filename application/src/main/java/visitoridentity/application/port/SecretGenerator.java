package visitoridentity.application.port;

import visitoridentity.domain.signature.SigningSecret;

/** New secrets, each 256 bits from a secure random source. */
public interface SecretGenerator {
    String newVisitorToken();

    String newAdminKey();

    SigningSecret newSigningSecret();

    /** A webhook endpoint's signing secret: {@code whsec_} and the base64 of 32 random bytes (Standard Webhooks). */
    String newWebhookSecret();
}
