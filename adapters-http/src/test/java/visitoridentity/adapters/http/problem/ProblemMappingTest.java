package visitoridentity.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

class ProblemMappingTest {
    /** What a handler sees when Jetty cuts a body that trickles in below the minimum data rate. */
    @Test
    void aBodySlowerThanTheMinimumDataRateIsTheClientsRequestTimeoutNotAServerError() {
        RuntimeException whileReadingTheBody = new UncheckedIOException(
                new IOException(new BadMessageException(408, "Request content data rate < 1024")));

        Problem problem = ProblemMapping.of(whileReadingTheBody);

        assertThat(problem.status()).isEqualTo(408);
        assertThat(problem.code()).isEqualTo(Problem.REQUEST_TIMEOUT);
    }

    @Test
    void anotherRefusalOfJettysKeepsItsClientErrorStatus() {
        Problem problem = ProblemMapping.of(new BadMessageException(400, "bad chunk"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo(Problem.BAD_REQUEST);
        assertThat(problem.detail()).doesNotContain("chunk");
    }

    @Test
    void anythingElseUnexpectedStaysAnInternalErrorThatSaysNothingOfItsCause() {
        Problem problem = ProblemMapping.of(new IllegalStateException("secret detail"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo(Problem.INTERNAL);
        assertThat(problem.detail()).doesNotContain("secret");
    }
}
