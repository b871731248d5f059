package visitoridentity.adapters.persistence;

import visitoridentity.application.port.contract.StoragePorts;

/** The adapter's ports as the contract suites take them. */
final class AdapterPorts {
    private AdapterPorts() {}

    static StoragePorts of(JdbiPersistence persistence) {
        return new StoragePorts(
                persistence.workspaces(),
                persistence.signingKeys(),
                persistence.visitors(),
                persistence.visitorTokens(),
                persistence.contacts(),
                persistence.transactions(),
                persistence.publicKeys(),
                persistence.usedTokenIds());
    }
}
