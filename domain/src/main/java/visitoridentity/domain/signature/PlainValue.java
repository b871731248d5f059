package visitoridentity.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** HMAC over the UTF-8 bytes of one claim's value as sent; {@code alsoAccepted} is its normal form (email). */
public record PlainValue(String value, Optional<String> alsoAccepted) implements SignedPayload {
    public PlainValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(alsoAccepted, "alsoAccepted");
    }

    /** A value with no other accepted form. */
    public static PlainValue of(String value) {
        return new PlainValue(value, Optional.empty());
    }

    @Override
    public byte[] message() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<byte[]> acceptedMessages() {
        if (alsoAccepted.isEmpty() || alsoAccepted.get().equals(value)) {
            return List.of(message());
        }
        return List.of(message(), alsoAccepted.get().getBytes(StandardCharsets.UTF_8));
    }
}
