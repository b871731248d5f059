package visitoridentity.application.port.contract;

import visitoridentity.application.fake.InMemoryApplication;

/** The storage contract, run against the in-memory fakes that the use-case tests rely on. */
class InMemoryStorageTest extends StorageContractSuite {

    @Override
    protected StoragePorts storagePorts() {
        InMemoryApplication app = new InMemoryApplication();
        return new StoragePorts(
                app.workspaces,
                app.signingKeys,
                app.visitors,
                app.visitorTokens,
                app.contacts,
                app.transactions,
                app.publicKeys,
                app.usedTokenIds);
    }
}
