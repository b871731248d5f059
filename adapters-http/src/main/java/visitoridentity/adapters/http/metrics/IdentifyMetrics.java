package visitoridentity.adapters.http.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import visitoridentity.adapters.http.problem.ProblemMapping;
import visitoridentity.adapters.http.web.ApiHandler;

/**
 * The identify calls of one dialect: counted by outcome ({@code ok} or the problem code) in
 * {@code visitor_identity_identify_total}, timed in {@code visitor_identity_identify_duration_seconds}
 * (a percentile histogram), and those refused for a signature counted by reason in
 * {@code visitor_identity_signature_failures_total}. A whole call is measured, parsing included.
 */
public final class IdentifyMetrics {
    public static final String NATIVE = "native";
    private static final String OK = "ok";
    /** {@code signature-required}, {@code -invalid} and {@code -malformed} give the reasons. */
    private static final String SIGNATURE_PROBLEM = "signature-";

    private final MeterRegistry registry;
    private final String dialect;
    private final Timer duration;

    public IdentifyMetrics(MeterRegistry registry, String dialect) {
        this.registry = registry;
        this.dialect = dialect;
        this.duration = Timer.builder("visitor.identity.identify.duration")
                .description("Time to answer an identify call")
                .tag("dialect", dialect)
                .publishPercentileHistogram()
                .register(registry);
    }

    public ApiHandler around(ApiHandler identify) {
        return call -> {
            Timer.Sample sample = Timer.start(registry);
            try {
                identify.handle(call);
                count(OK);
            } catch (Exception failure) {
                String code = ProblemMapping.of(failure).code();
                count(code);
                if (code.startsWith(SIGNATURE_PROBLEM)) {
                    countSignatureFailure(code.substring(SIGNATURE_PROBLEM.length()));
                }
                throw failure;
            } finally {
                sample.stop(duration);
            }
        };
    }

    private void count(String outcome) {
        Counter.builder("visitor.identity.identify")
                .description("Identify calls by outcome and dialect")
                .tag("outcome", outcome)
                .tag("dialect", dialect)
                .register(registry)
                .increment();
    }

    private void countSignatureFailure(String reason) {
        Counter.builder("visitor.identity.signature.failures")
                .description("Identify calls refused for a signature, by reason")
                .tag("reason", reason)
                .tag("dialect", dialect)
                .register(registry)
                .increment();
    }
}
