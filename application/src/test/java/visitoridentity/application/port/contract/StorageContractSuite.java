package visitoridentity.application.port.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every storage contract, as one suite an adapter's test extends: the in-memory fakes, H2 and
 * PostgreSQL run exactly the same tests.
 */
public abstract class StorageContractSuite {

    /** The ports of the adapter under test; called before each test. */
    protected abstract StoragePorts storagePorts();

    @Nested
    class Workspaces extends WorkspaceRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class SigningKeys extends SigningKeyRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class Visitors extends VisitorRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class VisitorLookups extends VisitorLookupContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class Isolation extends WorkspaceIsolationContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class TransactionBoundary extends TransactionsContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class Races extends ConcurrentUpdatesContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class VisitorTokens extends VisitorTokenRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class PublicKeys extends PublicKeyRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }

    @Nested
    class UsedTokenIds extends UsedTokenIdRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return StorageContractSuite.this.storagePorts();
        }
    }
}
