package visitoridentity.adapters.http.dialect;

/**
 * A vendor dialect: accepts one existing product's identify calls and signatures unchanged and
 * translates them to the core's use cases. Each lives in its own package
 * {@code visitoridentity.adapters.http.dialect.<vendor>}, imports no other dialect, and is handed to
 * {@link visitoridentity.adapters.http.HttpApi} in its list of dialects.
 */
public interface Dialect {
    /**
     * The vendor's name: lower-case letters, digits and dashes. It is the {@code {vendor}} of the
     * dialect's mount {@code /compat/{vendor}/{ws}/...} and the {@code dialect} label of its metrics.
     */
    String name();

    /** Declares the dialect's routes; called once, while the server is being configured. */
    void register(DialectRoutes routes);
}
