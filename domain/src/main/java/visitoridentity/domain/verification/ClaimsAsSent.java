package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;

/** The identity claims exactly as the caller sent them (signatures are over these bytes). */
public record ClaimsAsSent(Optional<String> externalId, Optional<String> email, Optional<String> phone) {
    public static final ClaimsAsSent NONE = new ClaimsAsSent(Optional.empty(), Optional.empty(), Optional.empty());

    public ClaimsAsSent {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    public boolean isEmpty() {
        return externalId.isEmpty() && email.isEmpty() && phone.isEmpty();
    }
}
