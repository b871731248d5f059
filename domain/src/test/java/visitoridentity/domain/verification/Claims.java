package visitoridentity.domain.verification;

import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;

/** Builds the claims of a call as sent: {@code Claims.sent().externalId("user_123").asSent()}. */
final class Claims {
    private Optional<Claim<ExternalId>> externalId = Optional.empty();
    private Optional<Claim<Email>> email = Optional.empty();
    private Optional<Claim<Phone>> phone = Optional.empty();

    private Claims() {}

    static Claims sent() {
        return new Claims();
    }

    Claims externalId(String value) {
        externalId = Optional.of(Claim.externalId(value));
        return this;
    }

    Claims email(String value) {
        email = Optional.of(Claim.email(value));
        return this;
    }

    Claims phone(String value) {
        phone = Optional.of(Claim.phone(value));
        return this;
    }

    SentClaims asSent() {
        return new SentClaims(externalId, email, phone);
    }
}
