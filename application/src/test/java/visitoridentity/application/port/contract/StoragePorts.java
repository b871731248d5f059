package visitoridentity.application.port.contract;

import visitoridentity.application.port.ContactRepository;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.port.WorkspaceRepository;

/** The storage ports one adapter provides, as the contract suites exercise them. */
public record StoragePorts(
        WorkspaceRepository workspaces,
        SigningKeyRepository signingKeys,
        VisitorRepository visitors,
        VisitorTokenRepository visitorTokens,
        ContactRepository contacts,
        Transactions transactions,
        PublicKeyRepository publicKeys,
        UsedTokenIdRepository usedTokenIds) {}
