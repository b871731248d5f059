package visitoridentity.domain.signature;

import java.util.List;

/** What an HMAC signature scheme signs (open: a dialect may bring its own payload): the one message a signer produces, and every message a verifier accepts. */
public interface SignedPayload {
    /** The bytes a signer signs. */
    byte[] message();

    /** Every byte form a verifier accepts (the message first). */
    List<byte[]> acceptedMessages();
}
