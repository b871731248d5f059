package visitoridentity.bootstrap.config;

/** One setting of the server: an environment variable, or the same key in a configuration file. */
public enum Setting {
    PORT("VISITOR_IDENTITY_PORT", "`8080`", "HTTP port; `0` picks a free one"),
    DB_URL(
            "VISITOR_IDENTITY_DB_URL",
            "an H2 file database in the data directory",
            "JDBC URL of the database: `jdbc:h2:...` or `jdbc:postgresql://host:5432/name`"),
    DB_USER("VISITOR_IDENTITY_DB_USER", "none", "database user"),
    DB_PASSWORD("VISITOR_IDENTITY_DB_PASSWORD", "none", "database password"),
    ADMIN_TOKEN(
            "VISITOR_IDENTITY_ADMIN_TOKEN",
            "generated on first start (H2 only)",
            "root admin token, at least 32 characters; reaches every workspace"),
    DATA_DIR(
            "VISITOR_IDENTITY_DATA_DIR",
            "`./data`",
            "where the default H2 database and the first-start record (no secrets) are kept"),
    SESSION_IDLE(
            "VISITOR_IDENTITY_SESSION_IDLE",
            "`30d`",
            "a visitor token unused this long expires (each use restarts it); `d`, `h`, `m` or `s`, at least `1m`"),
    SESSION_MAX(
            "VISITOR_IDENTITY_SESSION_MAX",
            "`400d`",
            "a visitor token expires this long after it was issued, however often it is used"),
    DEMO(
            "VISITOR_IDENTITY_DEMO",
            "`true` on the embedded H2 database, else `false`",
            "`true` serves the demo page at `/demo`, which identifies in the first-start demo workspace (H2 only)");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
