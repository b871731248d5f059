package visitoridentity.adapters.http.token;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.verification.Proof;

/**
 * What an identity token claims, read before it is verified (so that a token that fails in an
 * OPTIONAL workspace still leaves its claims, unverified, like a bad HMAC), and the proof that
 * verifies it when the identify is judged. A token that cannot be read claims nothing.
 */
public record TokenIdentity(
        Optional<String> externalId,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> name,
        Optional<String> picture,
        Proof proof) {
    public TokenIdentity {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(proof, "proof");
    }
}
