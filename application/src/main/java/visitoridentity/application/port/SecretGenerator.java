package visitoridentity.application.port;

import visitoridentity.domain.signature.SigningSecret;

/** New secrets, each 256 bits from a secure random source. */
public interface SecretGenerator {
    String newVisitorToken();

    String newAdminKey();

    SigningSecret newSigningSecret();
}
