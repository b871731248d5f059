package visitoridentity.application.identify;

/**
 * Where an observing workspace's would-be refusals are counted (a metric). The server counts them
 * in {@code verification_would_refuse_total{reason}}; {@link #NONE} counts nothing.
 */
public interface VerificationMetrics {
    VerificationMetrics NONE = reason -> {};

    /** One identify call that REQUIRED would have refused, for the reason it would have given. */
    void wouldRefuse(String reason);
}
