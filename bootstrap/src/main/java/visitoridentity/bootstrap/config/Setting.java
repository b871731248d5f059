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
            "where the default H2 database, its secrets key and the first-start records are kept (mode 0700)"),
    BIND(
            "VISITOR_IDENTITY_BIND",
            "`0.0.0.0`",
            "address the HTTP server listens on; `127.0.0.1` keeps it to this machine"),
    SECRETS_KEY(
            "VISITOR_IDENTITY_SECRETS_KEY",
            "generated into the data directory (H2 only)",
            "base64 of 32 bytes (`openssl rand -base64 32`): the AES-256 key that seals the signing secrets in the"
                    + " database; required on PostgreSQL"),
    VISITOR_START_RATE(
            "VISITOR_IDENTITY_VISITOR_START_RATE",
            "`20/s,burst=100`",
            "visitor starts allowed per client address: `N/s`, `N/m` or `N/h`, optionally followed by `,burst=B`"
                    + " (calls allowed at once; default N)"),
    ANONYMOUS_RETENTION(
            "VISITOR_IDENTITY_ANONYMOUS_RETENTION",
            "`30d`",
            "how long a visitor that was never identified is kept after it was last seen: `Nd`, `Nh` or `Nm`"),
    SESSION_IDLE(
            "VISITOR_IDENTITY_SESSION_IDLE",
            "`30d`",
            "a visitor token unused this long expires (each use restarts it); `d`, `h`, `m` or `s`, at least `1m`"),
    SESSION_MAX(
            "VISITOR_IDENTITY_SESSION_MAX",
            "`400d`",
            "a visitor token expires this long after it was issued, however often it is used"),
    WEBHOOKS_ALLOW_LOOPBACK(
            "VISITOR_IDENTITY_WEBHOOKS_ALLOW_LOOPBACK",
            "`false`",
            "`true` also allows webhook URLs on `http://127.0.0.1` and `http://localhost` (tests, local development);"
                    + " otherwise only `https` URLs of public addresses"),
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
