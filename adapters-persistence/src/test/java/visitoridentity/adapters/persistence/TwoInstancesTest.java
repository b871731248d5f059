package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.contract.MetadataWriters;
import visitoridentity.application.port.contract.StorageContract;
import visitoridentity.application.port.contract.StoragePorts;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * Two server instances on one PostgreSQL: two independent stacks (two pools, two Jdbi, and on top of
 * them two sets of use cases) hammer the same visitor, and no acknowledged update is lost.
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
    void twoStacksUpdatingOneVisitorThroughTheRepositoryLoseNoAcknowledgedKey() throws Exception {
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

    @Test
    void twoServerStacksIdentifyingOneVisitorLoseNoAcknowledgedKey() throws Exception {
        List<UseCases> servers = List.of(Application.over(first), Application.over(second));
        WorkspaceId workspace = servers.get(0)
                .createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
        VisitorCredentials device = new VisitorCredentials(
                workspace, servers.get(0).startVisitor().start(workspace).visitorToken());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                UseCases server = servers.get(w % servers.size());
                String prefix = "w" + w + "_";
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < KEYS_PER_WRITER; i++) {
                        try {
                            server.identifyVisitor()
                                    .identify(IdentifyRequest.as(device)
                                            .metadata(prefix + i, JsonNumber.of(i))
                                            .command());
                            acknowledged.add(prefix + i);
                        } catch (ConcurrentUpdateException lostEveryRetry) {
                            // not acknowledged: the caller was told the identify failed
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Visitor stored = servers.get(1).showCurrentVisitor().show(device).visitor();
        assertThat(stored.metadata().object().members().keySet()).containsAll(acknowledged);
        assertThat(acknowledged).hasSizeGreaterThan(WRITERS * KEYS_PER_WRITER * 9 / 10);
    }
}
