package visitoridentity.bootstrap.endtoend;

import java.util.Map;

/** The JWT dialects over HTTP on the default engine: an H2 file database in the server's data directory. */
class JwtDialectsOverHttpOnH2Test extends JwtDialectsOverHttpContract {
    @Override
    protected Map<String, String> databaseSettings() {
        return Map.of();
    }
}
