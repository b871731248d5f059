package visitoridentity.adapters.persistence;

import java.sql.SQLException;
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

/** The storage contract on PostgreSQL, in a schema of its own (see {@link PostgresDatabase}). */
class PostgresStorageTest {
    private static PostgresDatabase database;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        database = PostgresDatabase.freshSchema();
        persistence = database.open();
    }

    @AfterAll
    static void close() throws SQLException {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.drop();
        }
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
