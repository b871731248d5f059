package visitoridentity.adapters.http.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import visitoridentity.application.identify.VerificationMetrics;

/**
 * Counts the identify calls of observing workspaces that REQUIRED would have refused, by the reason
 * it would have given ({@code missing}, {@code mismatch}, {@code not-normalized}, ...), in {@code
 * verification_would_refuse_total{reason}}.
 */
public final class WouldRefuseCounter implements VerificationMetrics {
    private final MeterRegistry registry;

    public WouldRefuseCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void wouldRefuse(String reason) {
        Counter.builder("verification.would.refuse")
                .description("Identify calls of observing workspaces that the required mode would refuse, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
