package visitoridentity.adapters.http.problem;

import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import visitoridentity.application.identify.VerifiedEmailTakenException;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.StorageUnavailableException;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.ProofRefusedException;
import visitoridentity.domain.error.SessionExpiredException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.error.VisitorIdentityException;

/**
 * The one place where failures become problem details: the core's sealed exception family, the
 * adapter's own {@link ProblemException}, a verified email another identity holds (409
 * {@code conflict}), a lost race that exhausted its retries, an unreachable
 * database (503 {@code unavailable}), and anything else
 * (a 500 whose detail says nothing about the cause).
 */
public final class ProblemMapping {
    private ProblemMapping() {}

    public static Problem of(Throwable failure) {
        if (failure instanceof ProblemException refusal) {
            return refusal.problem();
        }
        if (failure instanceof VisitorIdentityException core) {
            return ofCore(core);
        }
        if (failure instanceof VerifiedEmailTakenException) {
            return Problem.of(Problem.CONFLICT, 409, "Conflict", failure.getMessage());
        }
        if (failure instanceof ConcurrentUpdateException) {
            return Problem.of(Problem.BUSY, 503, "Busy", "the record is being changed by other calls; retry shortly");
        }
        if (failure instanceof StorageUnavailableException) {
            return Problem.of(Problem.UNAVAILABLE, 503, "Unavailable", "the database cannot be reached; retry shortly");
        }
        Optional<HttpException> refusedByJetty = refusedByJetty(failure);
        if (refusedByJetty.isPresent()) {
            return ofJetty(refusedByJetty.get());
        }
        return Problem.of(Problem.INTERNAL, 500, "Internal error", "an unexpected error occurred; it has been logged");
    }

    /**
     * Jetty's own refusal of the request, found while a handler read the body: the body arrived
     * slower than the minimum data rate (408), or was malformed on the wire (400). The client's
     * doing, so never a 500.
     */
    private static Optional<HttpException> refusedByJetty(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http);
            }
        }
        return Optional.empty();
    }

    private static Problem ofJetty(HttpException refused) {
        if (refused.getCode() == 408) {
            return Problem.of(
                    Problem.REQUEST_TIMEOUT,
                    408,
                    "Request timeout",
                    "the request body arrived slower than the server's minimum data rate");
        }
        return Problem.of(Problem.BAD_REQUEST, refused.getCode(), "Bad request", "the request could not be read");
    }

    private static Problem ofCore(VisitorIdentityException failure) {
        if (failure instanceof InvalidFieldException invalid) {
            return Problem.invalidField(invalid.field(), invalid.getMessage());
        }
        if (failure instanceof MetadataTooLargeException tooLarge) {
            return Problem.of(Problem.METADATA_TOO_LARGE, 422, "Metadata too large", tooLarge.getMessage());
        }
        if (failure instanceof SignatureRequiredException) {
            return Problem.of(Problem.SIGNATURE_REQUIRED, 401, "Signature required", failure.getMessage());
        }
        if (failure instanceof SignatureInvalidException) {
            return Problem.of(Problem.SIGNATURE_INVALID, 401, "Signature invalid", failure.getMessage());
        }
        if (failure instanceof SignatureMalformedException) {
            return Problem.of(Problem.SIGNATURE_MALFORMED, 401, "Signature malformed", failure.getMessage());
        }
        if (failure instanceof UnauthorizedException) {
            return Problem.of(Problem.UNAUTHORIZED, 401, "Unauthorized", failure.getMessage());
        }
        if (failure instanceof SessionExpiredException) {
            return Problem.of(Problem.SESSION_EXPIRED, 401, "Session expired", failure.getMessage());
        }
        if (failure instanceof SessionRevokedException) {
            return Problem.of(Problem.SESSION_REVOKED, 401, "Session revoked", failure.getMessage());
        }
        if (failure instanceof NotFoundException) {
            return Problem.notFound(failure.getMessage());
        }
        if (failure instanceof ProofRefusedException refused) {
            return Problem.of(refused.code(), 401, "Proof refused", refused.getMessage());
        }
        throw new IllegalStateException(
                "unmapped core exception " + failure.getClass().getName());
    }
}
