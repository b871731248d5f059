package visitoridentity.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import visitoridentity.domain.id.AnonymousId;

/** HMAC over the visitor's anonymous id (the chat SDK's scheme). */
public record AnonymousIdValue(AnonymousId anonymousId) implements SignedPayload {
    public AnonymousIdValue {
        Objects.requireNonNull(anonymousId, "anonymousId");
    }

    @Override
    public byte[] message() {
        return anonymousId.value().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<byte[]> acceptedMessages() {
        return List.of(message());
    }
}
