package visitoridentity.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoOptional;
import io.micrometer.core.instrument.MeterRegistry;
import visitoridentity.adapters.http.metrics.WouldRefuseCounter;
import visitoridentity.adapters.http.webhook.HttpWebhookSender;
import visitoridentity.adapters.http.webhook.WebhookAddressPolicy;
import visitoridentity.application.identify.VerificationMetrics;
import visitoridentity.application.webhook.WebhookSender;
import visitoridentity.application.webhook.WebhookTargets;

/**
 * Webhooks and observe mode for the server: where webhooks may go (https to public addresses, and
 * the loopback address too when {@code allowLoopback}), the sender that delivers them, and the
 * counter of an observing workspace's would-be refusals.
 */
public final class EventsModule extends AbstractModule {
    private final boolean allowLoopback;

    public EventsModule(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    @Provides
    @Singleton
    WebhookAddressPolicy addressPolicy() {
        return new WebhookAddressPolicy(allowLoopback);
    }

    @ProvidesIntoOptional(ProvidesIntoOptional.Type.ACTUAL)
    WebhookTargets webhookTargets(WebhookAddressPolicy policy) {
        return policy;
    }

    @Provides
    @Singleton
    WebhookSender webhookSender(WebhookAddressPolicy policy) {
        return new HttpWebhookSender(policy);
    }

    @ProvidesIntoOptional(ProvidesIntoOptional.Type.ACTUAL)
    VerificationMetrics verificationMetrics(MeterRegistry registry) {
        return new WouldRefuseCounter(registry);
    }
}
