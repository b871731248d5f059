package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;

/** The claims one call sets, each as sent and normalized; after verification, each with its trust. */
public record SentClaims(
        Optional<Claim<ExternalId>> externalId, Optional<Claim<Email>> email, Optional<Claim<Phone>> phone) {
    public static final SentClaims NONE = new SentClaims(Optional.empty(), Optional.empty(), Optional.empty());

    public SentClaims {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    public boolean isEmpty() {
        return externalId.isEmpty() && email.isEmpty() && phone.isEmpty();
    }
}
