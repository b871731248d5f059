package visitoridentity.application.sign;

import java.time.Instant;
import java.util.Optional;

/**
 * What the tester found. {@code verifies} only when the signature matches the normal form (the
 * form identify stores and links). {@code matchedForm} says which form matched, if any: a match
 * over the as-sent form alone (it differs from the normal form) proves nothing, so the backend must
 * sign the normal form. {@code key} is the key that matched.
 */
public record SignatureCheckReport(boolean verifies, Outcome outcome, String normalForm, Optional<MatchedKey> key) {

    /** How the signature fared. */
    public enum Outcome {
        /** It matches the normal form with a key that verifies now. */
        VERIFIED_NORMAL_FORM,
        /** It matches only the value as sent, which differs from the normal form: it proves nothing. */
        MATCHED_AS_SENT_ONLY,
        /** It matches no form with any key that verifies now (a wrong secret, an expired key, another value). */
        NO_MATCH,
        /** It is not 64 hexadecimal characters. */
        MALFORMED
    }

    /** The key that matched: the active one, or a previous one still in its grace. */
    public record MatchedKey(String kid, boolean active, Instant createdAt, Optional<Instant> validUntil) {}
}
