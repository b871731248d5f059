package visitoridentity.domain.verification;

import java.util.Optional;

/** Builds the claims of a call as sent: {@code Claims.sent().externalId("user_123").asSent()}. */
final class Claims {
    private Optional<String> externalId = Optional.empty();
    private Optional<String> email = Optional.empty();
    private Optional<String> phone = Optional.empty();

    private Claims() {}

    static Claims sent() {
        return new Claims();
    }

    Claims externalId(String value) {
        externalId = Optional.of(value);
        return this;
    }

    Claims email(String value) {
        email = Optional.of(value);
        return this;
    }

    Claims phone(String value) {
        phone = Optional.of(value);
        return this;
    }

    ClaimsAsSent asSent() {
        return new ClaimsAsSent(externalId, email, phone);
    }
}
