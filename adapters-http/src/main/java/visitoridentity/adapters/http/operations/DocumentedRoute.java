package visitoridentity.adapters.http.operations;

/** A route added to the API description at start-up (a dialect's), with what it does in a line. */
public record DocumentedRoute(String method, String path, String summary) {}
