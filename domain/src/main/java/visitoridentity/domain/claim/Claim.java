package visitoridentity.domain.claim;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One identity claim (external id, email or phone) on its way from the caller to the store: the text
 * as sent (what a careless signer signs), its normal form (what is stored, linked and must be signed),
 * how far it is believed, and, when a signature proved it, how.
 *
 * <p>A claim starts {@link ClaimTrust#UNVERIFIED} when it is sent; verification raises it. Once on a
 * visitor it is {@link #stored() stored}: its as-sent text is its normal form.
 */
public record Claim<T extends ClaimValue>(String asSent, T value, ClaimTrust trust, Optional<Provenance> provenance) {
    public Claim {
        Objects.requireNonNull(asSent, "asSent");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(provenance, "provenance");
        if (provenance.isPresent() != (trust == ClaimTrust.VERIFIED)) {
            throw new IllegalArgumentException("a claim has a provenance exactly when it is verified");
        }
    }

    /** A claim as a caller sent it, normalized by {@code normalize} (which refuses what is invalid). */
    public static <T extends ClaimValue> Claim<T> sent(String asSent, Function<String, T> normalize) {
        return new Claim<>(asSent, normalize.apply(asSent), ClaimTrust.UNVERIFIED, Optional.empty());
    }

    public static Claim<ExternalId> externalId(String asSent) {
        return sent(asSent, ExternalId::of);
    }

    public static Claim<Email> email(String asSent) {
        return sent(asSent, Email::of);
    }

    public static Claim<Phone> phone(String asSent) {
        return sent(asSent, Phone::of);
    }

    /** A claim read from the store. */
    public static <T extends ClaimValue> Claim<T> stored(T value, ClaimTrust trust, Optional<Provenance> provenance) {
        return new Claim<>(value.value(), value, trust, provenance);
    }

    /** The text of the normal form. */
    public String text() {
        return value.value();
    }

    /** True when the caller sent something else than the normal form (white space, case, NFD...). */
    public boolean sentInAnotherForm() {
        return !asSent.equals(text());
    }

    public boolean isTrusted() {
        return trust.isTrusted();
    }

    public boolean isVerified() {
        return trust == ClaimTrust.VERIFIED;
    }

    public Claim<T> verifiedBy(Provenance proof) {
        return new Claim<>(asSent, value, ClaimTrust.VERIFIED, Optional.of(proof));
    }

    public Claim<T> withTrust(ClaimTrust level) {
        if (level == ClaimTrust.VERIFIED) {
            throw new IllegalArgumentException("a claim is verified by a proof; use verifiedBy");
        }
        return new Claim<>(asSent, value, level, Optional.empty());
    }

    /** This claim as it is kept on a visitor: its as-sent text is its normal form. */
    public Claim<T> stored() {
        return sentInAnotherForm() ? new Claim<>(text(), value, trust, provenance) : this;
    }

    /** True when this claim and {@code other} claim the same normal form. */
    public boolean sameValueAs(Claim<T> other) {
        return value.equals(other.value());
    }
}
