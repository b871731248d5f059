package visitoridentity.application.port;

import java.util.Objects;

/**
 * A webhook endpoint's signing secret ({@code whsec_} and base64 of 32 random bytes). Shown once
 * when made; its {@link #toString()} never shows it, so a log line or an exception cannot.
 */
public record WebhookSecret(String value) {
    public static final String PREFIX = "whsec_";

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "(hidden)";
    }
}
