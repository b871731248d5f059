package visitoridentity.embedded.random;

import java.security.SecureRandom;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Identifiers of 130 random bits: 26 characters of Crockford base32 behind a type prefix, so they
 * cannot be guessed or enumerated and an id in a log says what it names.
 */
public final class RandomIdentifiers implements IdentifierGenerator {
    private static final int LENGTH = 26;
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public WorkspaceId newWorkspaceId() {
        return WorkspaceId.of("ws_" + randomBase32());
    }

    @Override
    public VisitorId newVisitorId() {
        return VisitorId.of("v_" + randomBase32());
    }

    @Override
    public AnonymousId newAnonymousId() {
        return AnonymousId.of("anon_" + randomBase32());
    }

    @Override
    public ContactId newContactId() {
        return ContactId.of("c_" + randomBase32());
    }

    @Override
    public String newTokenId() {
        return "jti_" + randomBase32();
    }

    @Override
    public String newEventId() {
        return "evt_" + randomBase32();
    }

    @Override
    public String newWebhookId() {
        return "wh_" + randomBase32();
    }

    private String randomBase32() {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
