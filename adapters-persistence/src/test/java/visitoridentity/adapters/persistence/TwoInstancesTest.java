package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.contract.MetadataWriters;
import visitoridentity.application.port.contract.StorageContract;
import visitoridentity.application.port.contract.StoragePorts;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * Two server instances on one PostgreSQL: two independent stacks (two pools, two Jdbi) hammer the
 * same visitor, and no acknowledged update is lost.
 */
class TwoInstancesTest extends StorageContract {
    private static final int WRITERS = 16;
    private static final int KEYS_PER_WRITER = 25;

    private static PostgresDatabase database;
    private static JdbiPersistence first;
    private static JdbiPersistence second;

    @BeforeAll
    static void open() {
        database = PostgresDatabase.freshSchema();
        first = database.open();
        second = database.open();
    }

    @AfterAll
    static void close() throws SQLException {
        for (JdbiPersistence stack : new JdbiPersistence[] {first, second}) {
            if (stack != null) {
                stack.close();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Override
    protected StoragePorts storagePorts() {
        return AdapterPorts.of(first);
    }

    @Test
    void twoStacksUpdatingOneVisitorLoseNoAcknowledgedKey() throws Exception {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = startedVisitor(workspace);

        List<String> acknowledged = new MetadataWriters(
                        List.of(first.visitors(), second.visitors()), workspace, visitor.id())
                .write(WRITERS, KEYS_PER_WRITER);

        Visitor stored = second.visitors().findById(workspace, visitor.id()).orElseThrow();
        assertThat(acknowledged).hasSize(WRITERS * KEYS_PER_WRITER);
        assertThat(stored.metadata().object().members().keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored.version()).isEqualTo(WRITERS * KEYS_PER_WRITER);
    }
}
