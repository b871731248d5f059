package visitoridentity.application.webhook;

import java.util.Optional;

/**
 * What one attempt to deliver came to: delivered (a 2xx answer), or failed with the status received
 * (a redirect is a failure: none is followed) or a short description of why none was.
 */
public record DeliveryOutcome(boolean delivered, Optional<Integer> statusCode, Optional<String> error) {
    public static DeliveryOutcome answered(int statusCode) {
        boolean success = statusCode >= 200 && statusCode < 300;
        return new DeliveryOutcome(
                success, Optional.of(statusCode), success ? Optional.empty() : Optional.of("status " + statusCode));
    }

    public static DeliveryOutcome failed(String error) {
        return new DeliveryOutcome(false, Optional.empty(), Optional.of(error));
    }
}
