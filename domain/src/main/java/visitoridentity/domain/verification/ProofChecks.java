package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;

/**
 * What a proof says of each claim of a call, and, for a scheme that signs the device rather than the
 * claims (the chat SDK's anonymous-id HMAC), of the device. A device proof never proves a claim: a
 * REQUIRED workspace demands that it holds, and keeps the claims it came with unverified.
 */
public record ProofChecks(Check externalId, Check email, Check phone, Optional<Check> device) {
    public ProofChecks {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(device, "device");
    }

    /** Checks of a scheme that signs claims. */
    public static ProofChecks ofClaims(Check externalId, Check email, Check phone) {
        return new ProofChecks(externalId, email, phone, Optional.empty());
    }

    /** The check of a scheme that signs only the device. */
    public static ProofChecks ofDevice(Check device) {
        return new ProofChecks(Check.MISSING, Check.MISSING, Check.MISSING, Optional.of(device));
    }
}
