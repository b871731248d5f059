package visitoridentity.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail with the stable {@code code} clients branch on; {@code field} names
 * the offending request field when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String INVALID_JSON = "invalid-json";
    public static final String INVALID_FIELD = "invalid-field";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String SESSION_EXPIRED = "session-expired";
    public static final String SESSION_REVOKED = "session-revoked";
    public static final String ORIGIN_NOT_ALLOWED = "origin-not-allowed";
    public static final String SIGNATURE_REQUIRED = "signature-required";
    public static final String SIGNATURE_INVALID = "signature-invalid";
    public static final String SIGNATURE_MALFORMED = "signature-malformed";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String METADATA_TOO_LARGE = "metadata-too-large";
    public static final String INTERNAL = "internal";
    public static final String BUSY = "busy";
    public static final String UNAVAILABLE = "unavailable";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String REQUEST_TIMEOUT = "request-timeout";
    public static final String BAD_REQUEST = "bad-request";

    private static final String TYPE_PREFIX = "urn:visitor-identity:problem:";

    /** A problem of one of the codes above; its type URI and title follow from the code. */
    public static Problem of(String code, int status, String title, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, code, null);
    }

    public static Problem invalidJson(String detail) {
        return of(INVALID_JSON, 400, "The body is not the JSON expected", detail);
    }

    /** A JSON value of the wrong type: still {@code invalid-json}, but the field is named. */
    public static Problem invalidJson(String field, String detail) {
        return invalidJson(detail).withField(field);
    }

    public static Problem invalidField(String field, String detail) {
        return of(INVALID_FIELD, 400, "A field breaks its rule", detail).withField(field);
    }

    public static Problem notFound(String detail) {
        return of(NOT_FOUND, 404, "Not found", detail);
    }

    public static Problem payloadTooLarge(long maxBytes) {
        return of(PAYLOAD_TOO_LARGE, 413, "The body is too large", "the body must be at most " + maxBytes + " bytes");
    }

    public static Problem originNotAllowed() {
        return of(
                ORIGIN_NOT_ALLOWED,
                403,
                "Origin not allowed",
                "this workspace does not allow browser calls from this origin");
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, code, name);
    }
}
