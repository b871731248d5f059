package visitoridentity.domain.signature;

import java.util.List;

/** What a signature scheme signs: the one message a signer produces, and every message a verifier accepts. */
public sealed interface SignedPayload permits PlainValue, CanonicalIdEmailJson, AnonymousIdValue {
    /** The bytes a signer signs. */
    byte[] message();

    /** Every byte form a verifier accepts (the message first). */
    List<byte[]> acceptedMessages();
}
