package visitoridentity.application.port.contract;

import org.junit.jupiter.api.Nested;
import visitoridentity.application.fake.InMemoryApplication;

/** The storage contract, run against the in-memory fakes that the use-case tests rely on. */
class InMemoryStorageTest {

    private static StoragePorts freshPorts() {
        InMemoryApplication app = new InMemoryApplication();
        return new StoragePorts(app.workspaces, app.signingKeys, app.visitors, app.contacts, app.transactions);
    }

    @Nested
    class Workspaces extends WorkspaceRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class SigningKeys extends SigningKeyRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class Visitors extends VisitorRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class VisitorLookups extends VisitorLookupContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class Isolation extends WorkspaceIsolationContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class TransactionBoundary extends TransactionsContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }

    @Nested
    class Races extends ConcurrentUpdatesContract {
        @Override
        protected StoragePorts storagePorts() {
            return freshPorts();
        }
    }
}
