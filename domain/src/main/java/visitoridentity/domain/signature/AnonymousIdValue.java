package visitoridentity.domain.signature;

import java.util.List;
import visitoridentity.domain.id.AnonymousId;

/** HMAC over the visitor's anonymous id (the chat SDK's scheme). */
public record AnonymousIdValue(AnonymousId anonymousId) implements SignedPayload {
    @Override
    public byte[] message() {
        throw new UnsupportedOperationException("not implemented");
    }

    @Override
    public List<byte[]> acceptedMessages() {
        throw new UnsupportedOperationException("not implemented");
    }
}
