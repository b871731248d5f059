package visitoridentity.domain.signature;

import javax.crypto.Mac;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A workspace's HMAC secret; the HMAC key is the UTF-8 bytes of this string. Never printed by toString.
 *
 * <p>Each thread keys its own {@link Mac} with this secret once and reuses it, so verifying costs
 * no key setup; equality is by value.
 */
public final class SigningSecret {
    private static final int MIN_IMPORTED = 16;
    private static final int MAX_IMPORTED = 1024;

    private final String value;
    private final ThreadLocal<Mac> macs;

    public SigningSecret(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("signingSecret", "must not be blank");
        }
        this.value = value;
        this.macs = ThreadLocal.withInitial(() -> HmacSha256.newMac(value));
    }

    /**
     * A secret brought from elsewhere (a site moving from another vendor keeps its backend's secret):
     * 16 to 1024 characters, no white space at either end, so a weak or mangled secret is refused.
     */
    public static SigningSecret imported(String value) {
        if (value == null || value.length() < MIN_IMPORTED || value.length() > MAX_IMPORTED) {
            throw new InvalidFieldException("signingSecret", "must be 16 to 1024 characters");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidFieldException("signingSecret", "must not start or end with white space");
        }
        return new SigningSecret(value);
    }

    public String value() {
        return value;
    }

    /** This thread's Mac keyed with this secret; {@code doFinal} leaves it ready for the next message. */
    Mac mac() {
        return macs.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningSecret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SigningSecret[redacted]";
    }
}
