package visitoridentity.adapters.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import visitoridentity.application.port.contract.ConcurrentUpdatesContract;
import visitoridentity.application.port.contract.ContactRepositoryContract;
import visitoridentity.application.port.contract.SigningKeyRepositoryContract;
import visitoridentity.application.port.contract.StoragePorts;
import visitoridentity.application.port.contract.TransactionsContract;
import visitoridentity.application.port.contract.VisitorLookupContract;
import visitoridentity.application.port.contract.VisitorRepositoryContract;
import visitoridentity.application.port.contract.WorkspaceIsolationContract;
import visitoridentity.application.port.contract.WorkspaceRepositoryContract;

/** The storage contract on an H2 file database opened with the production settings. */
class H2StorageTest {
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        persistence = H2Files.open(H2Files.newDirectory("contract"));
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    private static StoragePorts ports() {
        return AdapterPorts.of(persistence);
    }

    @Nested
    class Workspaces extends WorkspaceRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class SigningKeys extends SigningKeyRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class Visitors extends VisitorRepositoryContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class VisitorLookups extends VisitorLookupContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class Isolation extends WorkspaceIsolationContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class TransactionBoundary extends TransactionsContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class Races extends ConcurrentUpdatesContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class AnonymousIdTakeover extends AnonymousIdTakeoverContract {
        @Override
        protected StoragePorts storagePorts() {
            return ports();
        }
    }

    @Nested
    class Identifies extends ConcurrentIdentifyContract {
        @Override
        protected JdbiPersistence persistence() {
            return persistence;
        }
    }

    @Nested
    class IdentifyFlows extends IdentifyFlowsContract {
        @Override
        protected JdbiPersistence persistence() {
            return persistence;
        }
    }
}
