package visitoridentity.application.identify;

import java.util.function.Function;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;

/** A claim as the caller sent it (signatures cover these bytes) and in its normal form (what is stored). */
public record SentClaim<T>(String asSent, T normalized) {
    public static SentClaim<ExternalId> externalId(String raw) {
        return of(raw, ExternalId::of);
    }

    public static SentClaim<Email> email(String raw) {
        return of(raw, Email::of);
    }

    public static SentClaim<Phone> phone(String raw) {
        return of(raw, Phone::of);
    }

    private static <T> SentClaim<T> of(String raw, Function<String, T> normalize) {
        return new SentClaim<>(raw, normalize.apply(raw));
    }
}
