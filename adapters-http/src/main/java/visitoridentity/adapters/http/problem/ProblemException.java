package visitoridentity.adapters.http.problem;

/**
 * Ends a request with the given problem. The adapter's own refusals (bad JSON, a body too large, a
 * disallowed origin) and a dialect's vendor-specific errors travel this way.
 */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
