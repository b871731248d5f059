package visitoridentity.application.webhook;

import java.net.URI;

/**
 * Which URLs events may be sent to. Refuses, with an {@code InvalidFieldException} on {@code url},
 * anything but {@code https} (plain {@code http} to the loopback address only where the server allows
 * it for local development), and any host that resolves to a loopback, link-local (cloud metadata),
 * private or otherwise internal address.
 */
public interface WebhookTargets {
    void requireAllowed(URI url);
}
