package visitoridentity.application.port;

/** Every outgoing port the use cases need, as one adapter set provides them. */
public record Ports(
        WorkspaceRepository workspaces,
        SigningKeyRepository signingKeys,
        VisitorRepository visitors,
        VisitorTokenRepository visitorTokens,
        ContactRepository contacts,
        PublicKeyRepository publicKeys,
        UsedTokenIdRepository usedTokenIds,
        IdentityEventRepository events,
        WebhookRepository webhooks,
        Transactions transactions,
        IdentifierGenerator identifiers,
        SecretGenerator secrets) {}
