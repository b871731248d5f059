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
    private final String value;
    private final ThreadLocal<Mac> macs;

    public SigningSecret(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("signingSecret", "must not be blank");
        }
        this.value = value;
        this.macs = ThreadLocal.withInitial(() -> HmacSha256.newMac(value));
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
