package visitoridentity.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import visitoridentity.domain.signature.SigningSecret;

/**
 * One {@link SigningSecret} object per stored (sealed) secret read from the database, opened once. A {@code SigningSecret}
 * keys a {@code Mac} once per thread and reuses it, but only for as long as the same object is used:
 * a new object on every read of the key ring meant a new {@code Mac}, keyed anew, on every identify
 * (about 25 times the cost of the HMAC itself). Secrets are compared by value, so sharing one object
 * between reads, workspaces or adapter instances changes nothing else.
 *
 * <p>Bounded: past {@value #MOST_SECRETS} distinct secrets (workspaces times keys in their grace)
 * it starts over, which costs one keying per thread and secret, as before.
 */
final class SigningSecrets {
    static final int MOST_SECRETS = 4096;

    private final Map<String, SigningSecret> byValue = new ConcurrentHashMap<>();

    /** The secret stored as {@code stored}; {@code open} turns it into the secret's value on the first read. */
    SigningSecret of(String stored, UnaryOperator<String> open) {
        SigningSecret known = byValue.get(stored);
        if (known != null) {
            return known;
        }
        if (byValue.size() >= MOST_SECRETS) {
            byValue.clear();
        }
        return byValue.computeIfAbsent(stored, text -> new SigningSecret(open.apply(text)));
    }
}
