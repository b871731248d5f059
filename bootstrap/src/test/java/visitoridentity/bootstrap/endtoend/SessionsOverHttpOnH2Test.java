package visitoridentity.bootstrap.endtoend;

import java.util.Map;

/** The sessions over HTTP on the default engine: an H2 file database in the server's data directory. */
class SessionsOverHttpOnH2Test extends SessionsOverHttpContract {
    @Override
    protected Map<String, String> databaseSettings() {
        return Map.of();
    }
}
