package visitoridentity.domain.signature;

import java.util.List;
import java.util.Optional;

/**
 * HMAC over {@code {"id":"<id>"}} or {@code {"id":"<id>","email":"<email>"}}, compact, id first;
 * accepted with non-ASCII escaped as {@code \}{@code uXXXX} (Python) or raw (JavaScript), and with the
 * email as sent or normalized.
 */
public record CanonicalIdEmailJson(String id, Optional<String> email, Optional<String> normalizedEmail)
        implements SignedPayload {
    @Override
    public byte[] message() {
        throw new UnsupportedOperationException("not implemented");
    }

    @Override
    public List<byte[]> acceptedMessages() {
        throw new UnsupportedOperationException("not implemented");
    }
}
