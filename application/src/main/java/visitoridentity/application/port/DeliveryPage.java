package visitoridentity.application.port;

import java.util.List;
import java.util.Optional;

/** One page of an endpoint's delivery log, newest first, and the cursor of the next page. */
public record DeliveryPage(List<WebhookDelivery> deliveries, Optional<String> nextCursor) {
    public DeliveryPage {
        deliveries = List.copyOf(deliveries);
    }
}
