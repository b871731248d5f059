package visitoridentity.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemMapping;
import visitoridentity.application.port.CorruptStoredDataException;

/**
 * Answers every failure with a problem detail: those of {@link ProblemMapping}, and the router's
 * own (no such route, method not allowed). A 401 names the Bearer scheme, a 503 says when to retry;
 * an unexpected failure is logged without its messages.
 */
final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void handle(Exception failure, Context context) {
        Problem problem = problemOf(failure);
        if (failure instanceof CorruptStoredDataException corrupt) {
            // The message names the row by its ids only; the cause's message (a rule, maybe a value) is left out.
            LOG.error(
                    "{} answering {} {}",
                    corrupt.getMessage(),
                    context.method().name(),
                    context.path(),
                    StackTraceOnly.of(failure));
        } else if (Problem.INTERNAL.equals(problem.code())) {
            LOG.error(
                    "unexpected failure answering {} {}",
                    context.method().name(),
                    context.path(),
                    StackTraceOnly.of(failure));
        }
        if (problem.status() == 401) {
            context.header("WWW-Authenticate", "Bearer");
        }
        if (failure instanceof MethodNotAllowedResponse notAllowed) {
            // Javalin lists the methods the path answers as the one value of the details.
            notAllowed.getDetails().values().stream()
                    .findFirst()
                    .ifPresent(methods -> context.header("Allow", methods));
        }
        if (problem.status() == 503) {
            context.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        context.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json(problem));
    }

    private static Problem problemOf(Exception failure) {
        if (failure instanceof EndpointNotFound) {
            return Problem.notFound("no such endpoint");
        }
        if (failure instanceof MethodNotAllowedResponse) {
            return Problem.of(
                    Problem.METHOD_NOT_ALLOWED, 405, "Method not allowed", "the endpoint does not answer this method");
        }
        return ProblemMapping.of(failure);
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
