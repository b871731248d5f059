package visitoridentity.domain.signature;

import java.util.List;
import java.util.Optional;

/** HMAC over the UTF-8 bytes of one claim's value as sent; {@code alsoAccepted} is its normal form (email). */
public record PlainValue(String value, Optional<String> alsoAccepted) implements SignedPayload {
    @Override
    public byte[] message() {
        throw new UnsupportedOperationException("not implemented");
    }

    @Override
    public List<byte[]> acceptedMessages() {
        throw new UnsupportedOperationException("not implemented");
    }
}
