package visitoridentity.adapters.http.web;

/** One endpoint: parse the call, run a use case, respond. Failures are thrown and become problem details. */
@FunctionalInterface
public interface ApiHandler {
    void handle(ApiCall call) throws Exception;
}
