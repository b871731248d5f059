package visitoridentity.application.fake;

import java.time.Instant;
import java.util.List;
import visitoridentity.application.UseCases;
import visitoridentity.application.port.Ports;
import visitoridentity.domain.secret.SecretHash;

/** Every use case over in-memory ports, a hand-moved clock and predictable ids and secrets. */
public final class InMemoryApplication {
    public static final String ROOT_TOKEN = "root-token-for-tests";

    public final InMemoryWorkspaces workspaces = new InMemoryWorkspaces();
    public final InMemorySigningKeys signingKeys = new InMemorySigningKeys();
    public final InMemoryVisitors visitors = new InMemoryVisitors();
    public final InMemoryVisitorTokens visitorTokens = new InMemoryVisitorTokens(visitors);
    public final InMemoryContacts contacts = new InMemoryContacts();
    public final InMemoryPublicKeys publicKeys = new InMemoryPublicKeys();
    public final InMemoryUsedTokenIds usedTokenIds = new InMemoryUsedTokenIds();
    public final InMemoryEvents events = new InMemoryEvents();
    public final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    public final InMemoryTransactions transactions = new InMemoryTransactions(List.of(
            workspaces.table,
            signingKeys.table,
            visitors.visitors,
            visitors.devices,
            visitorTokens.revoked,
            contacts.table,
            publicKeys.table,
            usedTokenIds.table,
            events.table,
            webhooks.endpoints,
            webhooks.secrets));
    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final Ports ports = new Ports(
            workspaces,
            signingKeys,
            visitors,
            visitorTokens,
            contacts,
            publicKeys,
            usedTokenIds,
            events,
            webhooks,
            transactions,
            new SequentialIdentifiers(),
            new CountingSecrets());
    public final UseCases useCases = UseCases.assemble(ports, clock, SecretHash.of(ROOT_TOKEN));
}
