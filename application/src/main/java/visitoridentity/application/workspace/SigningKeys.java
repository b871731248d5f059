package visitoridentity.application.workspace;

import java.util.List;
import java.util.Objects;
import visitoridentity.domain.signature.SigningKey;

/** The keys that verify at a moment: the active one and the previous ones still in their grace. Holds secrets: never shown whole. */
public record SigningKeys(SigningKey active, List<SigningKey> previous) {
    public SigningKeys {
        Objects.requireNonNull(active, "active");
        previous = List.copyOf(previous);
    }

    @Override
    public String toString() {
        return "SigningKeys[active=" + active.kid() + ", previous="
                + previous.stream().map(SigningKey::kid).toList() + "]";
    }
}
