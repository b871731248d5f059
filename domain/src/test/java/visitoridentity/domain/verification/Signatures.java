package visitoridentity.domain.verification;

import java.util.Optional;

/** Builds per-claim evidence: {@code Signatures.sent().externalId(signed("user_123")).perClaim()}. */
final class Signatures {
    private Optional<String> externalId = Optional.empty();
    private Optional<String> email = Optional.empty();
    private Optional<String> phone = Optional.empty();

    private Signatures() {}

    static Signatures sent() {
        return new Signatures();
    }

    Signatures externalId(Optional<String> signature) {
        externalId = signature;
        return this;
    }

    Signatures email(Optional<String> signature) {
        email = signature;
        return this;
    }

    Signatures phone(Optional<String> signature) {
        phone = signature;
        return this;
    }

    PerClaimSignatures perClaim() {
        return new PerClaimSignatures(externalId, email, phone);
    }
}
