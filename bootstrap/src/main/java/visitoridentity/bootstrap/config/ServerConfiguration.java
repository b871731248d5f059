package visitoridentity.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import visitoridentity.adapters.http.web.RateLimit;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.adapters.persistence.SecretsKey;
import visitoridentity.application.session.SessionLifetime;

/**
 * The server's configuration, validated. Each value comes from its environment variable, else from
 * the configuration file, else from its default. {@code toString} never shows the password or token.
 */
public record ServerConfiguration(
        int port,
        String databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<String> adminToken,
        Path dataDirectory,
        SessionLifetime sessionLifetime,
        boolean demo,
        String bindAddress,
        Optional<SecretsKey> secretsKey,
        RateLimit visitorStartRate,
        Duration anonymousRetention,
        boolean webhooksAllowLoopback) {

    public static final int DEFAULT_PORT = 8080;
    public static final int MIN_ADMIN_TOKEN_LENGTH = 32;
    private static final String DEFAULT_DATA_DIRECTORY = "data";
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})([dhms])");
    public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";
    public static final Duration DEFAULT_ANONYMOUS_RETENTION = Duration.ofDays(30);
    private static final Pattern RATE = Pattern.compile("(\\d{1,9})/([smh])(?:,burst=(\\d{1,9}))?");
    private static final Pattern RETENTION = Pattern.compile("(\\d{1,6})([dhm])");
    private static final Pattern BIND_ADDRESS = Pattern.compile("[0-9A-Za-z.:\\-]{1,253}");

    /** The environment's settings over those of the optional properties file (same keys). */
    public static ServerConfiguration load(Map<String, String> environment, Optional<Path> file) {
        Map<String, String> settings = new HashMap<>();
        if (file.isPresent()) {
            settings.putAll(readFile(file.get()));
        }
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.key());
            if (value != null && !value.isBlank()) {
                settings.put(setting.key(), value);
            }
        }
        return of(settings);
    }

    /** Validates settings keyed by their environment variable names; a blank value counts as unset. */
    public static ServerConfiguration of(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        int port = port(value(settings, Setting.PORT), problems);
        Path dataDirectory = Path.of(value(settings, Setting.DATA_DIR).orElse(DEFAULT_DATA_DIRECTORY))
                .toAbsolutePath()
                .normalize();
        String databaseUrl = value(settings, Setting.DB_URL).orElseGet(() -> DataSources.defaultH2Url(dataDirectory));
        if (!databaseUrl.startsWith("jdbc:h2:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
            // The URL is not echoed: it may carry a password.
            problems.add(Setting.DB_URL.key() + " must start with jdbc:h2: or jdbc:postgresql:");
        }
        Optional<String> adminToken = value(settings, Setting.ADMIN_TOKEN);
        if (adminToken.isPresent() && !isStrong(adminToken.get())) {
            problems.add(Setting.ADMIN_TOKEN.key() + " must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters without spaces (for example the output of `openssl rand -hex 32`)");
        }
        Duration sessionIdle = duration(
                value(settings, Setting.SESSION_IDLE), SessionLifetime.DEFAULT.idle(), Setting.SESSION_IDLE, problems);
        Duration sessionMax = duration(
                value(settings, Setting.SESSION_MAX), SessionLifetime.DEFAULT.max(), Setting.SESSION_MAX, problems);
        boolean h2 = databaseUrl.startsWith("jdbc:h2:");
        boolean demo = demo(value(settings, Setting.DEMO), h2, problems);
        String bindAddress = value(settings, Setting.BIND).orElse(DEFAULT_BIND_ADDRESS);
        if (!BIND_ADDRESS.matcher(bindAddress).matches()) {
            problems.add(Setting.BIND.key() + " must be an IP address or a host name, such as 127.0.0.1");
        }
        Optional<SecretsKey> secretsKey = secretsKey(value(settings, Setting.SECRETS_KEY), problems);
        if (secretsKey.isEmpty() && databaseUrl.startsWith("jdbc:postgresql:")) {
            problems.add(Setting.SECRETS_KEY.key() + " must be set when the database is PostgreSQL: every instance"
                    + " must seal and open the signing secrets with the same key (`openssl rand -base64 32`)");
        }
        RateLimit visitorStartRate = rate(value(settings, Setting.VISITOR_START_RATE), problems);
        Duration anonymousRetention = retention(value(settings, Setting.ANONYMOUS_RETENTION), problems);
        boolean webhooksAllowLoopback = flag(value(settings, Setting.WEBHOOKS_ALLOW_LOOPBACK), problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new ServerConfiguration(
                port,
                databaseUrl,
                value(settings, Setting.DB_USER),
                value(settings, Setting.DB_PASSWORD),
                adminToken,
                dataDirectory,
                new SessionLifetime(sessionIdle, sessionMax),
                demo,
                bindAddress,
                secretsKey,
                visitorStartRate,
                anonymousRetention,
                webhooksAllowLoopback);
    }

    private static boolean flag(Optional<String> raw, List<String> problems) {
        if (raw.isEmpty()) {
            return false;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(Setting.WEBHOOKS_ALLOW_LOOPBACK.key() + " must be true or false, not '" + raw.get() + "'");
            return false;
        }
        return value.equals("true");
    }

    private static Optional<SecretsKey> secretsKey(Optional<String> raw, List<String> problems) {
        try {
            return raw.map(SecretsKey::fromBase64);
        } catch (IllegalArgumentException e) {
            // The value is not echoed: it is a secret.
            problems.add(Setting.SECRETS_KEY.key() + " must be base64 of 32 bytes (`openssl rand -base64 32`)");
            return Optional.empty();
        }
    }

    private static RateLimit rate(Optional<String> raw, List<String> problems) {
        if (raw.isEmpty()) {
            return RateLimit.DEFAULT_VISITOR_STARTS;
        }
        Matcher rate = RATE.matcher(raw.get());
        if (rate.matches() && Long.parseLong(rate.group(1)) > 0) {
            long tokens = Long.parseLong(rate.group(1));
            long burst = rate.group(3) == null ? tokens : Long.parseLong(rate.group(3));
            Duration period = switch (rate.group(2)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                default -> Duration.ofHours(1);
            };
            if (burst > 0) {
                return new RateLimit(tokens, period, burst);
            }
        }
        problems.add(Setting.VISITOR_START_RATE.key() + " must look like 20/s,burst=100 (N/s, N/m or N/h with N"
                + " at least 1, then optionally ,burst=B with B at least 1), not '" + raw.get() + "'");
        return RateLimit.DEFAULT_VISITOR_STARTS;
    }

    private static Duration retention(Optional<String> raw, List<String> problems) {
        if (raw.isEmpty()) {
            return DEFAULT_ANONYMOUS_RETENTION;
        }
        Matcher retention = RETENTION.matcher(raw.get());
        if (retention.matches() && Long.parseLong(retention.group(1)) > 0) {
            long amount = Long.parseLong(retention.group(1));
            return switch (retention.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        problems.add(Setting.ANONYMOUS_RETENTION.key() + " must look like 30d (Nd, Nh or Nm with N at least 1), not '"
                + raw.get() + "'");
        return DEFAULT_ANONYMOUS_RETENTION;
    }

    /** True for the embedded H2 engine, whose data lives on this machine. */
    public boolean usesH2() {
        return databaseUrl.startsWith("jdbc:h2:");
    }

    private static Optional<String> value(Map<String, String> settings, Setting setting) {
        return Optional.ofNullable(settings.get(setting.key()))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static int port(Optional<String> raw, List<String> problems) {
        if (raw.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(raw.get());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        problems.add(Setting.PORT.key() + " must be a port number from 0 to 65535, not '" + raw.get() + "'");
        return DEFAULT_PORT;
    }

    /** A number and a unit ({@code 30d}, {@code 12h}, {@code 15m}, {@code 90s}), at least a minute. */
    private static Duration duration(Optional<String> raw, Duration fallback, Setting setting, List<String> problems) {
        if (raw.isEmpty()) {
            return fallback;
        }
        Matcher matcher = DURATION.matcher(raw.get());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration duration = switch (matcher.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (duration.compareTo(SessionLifetime.RECORD_USE_EVERY) >= 0) {
                return duration;
            }
        }
        problems.add(setting.key() + " must be a duration of at least a minute such as 30d, 12h, 15m or 90s, not '"
                + raw.get() + "'");
        return fallback;
    }

    /** The demo page identifies in the demo workspace, which only the embedded H2 database gets. */
    private static boolean demo(Optional<String> raw, boolean h2, List<String> problems) {
        if (raw.isEmpty()) {
            return h2;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(Setting.DEMO.key() + " must be true or false, not '" + raw.get() + "'");
            return false;
        }
        if (value.equals("true") && !h2) {
            problems.add(Setting.DEMO.key() + "=true needs the embedded H2 database: the demo workspace is made only"
                    + " there, on the first start");
        }
        return value.equals("true");
    }

    private static boolean isStrong(String token) {
        return token.length() >= MIN_ADMIN_TOKEN_LENGTH && token.chars().noneMatch(Character::isWhitespace);
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    List.of("cannot read the configuration file " + file + ": " + e.getMessage()));
        }
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        List<String> unknown = properties.stringPropertyNames().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .map(key -> "unknown setting " + key + " in " + file + " (known: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidConfigurationException(unknown);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }

    @Override
    public String toString() {
        return "ServerConfiguration[port=" + port + ", database=" + (usesH2() ? "H2" : "PostgreSQL")
                + ", databaseUser=" + databaseUser.orElse("(none)")
                + ", databasePassword=" + (databasePassword.isPresent() ? "redacted" : "(none)")
                + ", adminToken=" + (adminToken.isPresent() ? "redacted" : "(none)")
                + ", dataDirectory=" + dataDirectory + ", demo=" + demo
                + ", sessionIdle=" + sessionLifetime.idle() + ", sessionMax=" + sessionLifetime.max()
                + ", bind=" + bindAddress
                + ", secretsKey=" + (secretsKey.isPresent() ? "redacted" : "(none)")
                + ", visitorStartRate=" + visitorStartRate
                + ", anonymousRetention=" + anonymousRetention
                + ", webhooksAllowLoopback=" + webhooksAllowLoopback + "]";
    }
}
