package visitoridentity.adapters.persistence;

import org.junit.jupiter.api.Nested;
import visitoridentity.application.port.contract.StorageContractSuite;
import visitoridentity.application.port.contract.StoragePorts;

/**
 * The shared storage contract plus what only a real database can show: anonymous-id takeover,
 * identifies racing through the real use case, the multi-row identify flows, and the visitor
 * token's lifecycle.
 */
abstract class DatabaseStorageSuite extends StorageContractSuite {

    /** The adapter under test, opened once per test class. */
    protected abstract JdbiPersistence persistence();

    @Override
    protected StoragePorts storagePorts() {
        return AdapterPorts.of(persistence());
    }

    @Nested
    class Identifies extends ConcurrentIdentifyContract {
        @Override
        protected JdbiPersistence persistence() {
            return DatabaseStorageSuite.this.persistence();
        }
    }

    @Nested
    class IdentifyFlows extends IdentifyFlowsContract {
        @Override
        protected JdbiPersistence persistence() {
            return DatabaseStorageSuite.this.persistence();
        }
    }

    @Nested
    class Outbox extends EventOutboxContract {
        @Override
        protected JdbiPersistence persistence() {
            return DatabaseStorageSuite.this.persistence();
        }
    }

    @Nested
    class Sessions extends SessionLifecycleContract {
        @Override
        protected JdbiPersistence persistence() {
            return DatabaseStorageSuite.this.persistence();
        }
    }
}
