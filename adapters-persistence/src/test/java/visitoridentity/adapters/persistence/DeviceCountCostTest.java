package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** A returning visitor's identify runs as many statements at 1 device as at the default bound of 100. */
class DeviceCountCostTest {
    private static JdbiPersistence persistence;
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @BeforeAll
    static void open() {
        persistence = H2Files.open(H2Files.newDirectory("device-cost"));
        persistence.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                STATEMENTS.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aReturningIdentifyCostsTheSameStatementsAtOneAndAtAHundredDevices() {
        assertThat(statementsOfAReturningIdentify(100)).isEqualTo(statementsOfAReturningIdentify(1));
    }

    private static int statementsOfAReturningIdentify(int devices) {
        UseCases useCases = Application.over(persistence);
        WorkspaceId workspace = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
        VisitorCredentials device = null;
        for (int i = 0; i < devices; i++) {
            device = new VisitorCredentials(
                    workspace, useCases.startVisitor().start(workspace).visitorToken());
            String fresh = useCases.identifyVisitor()
                    .identify(IdentifyRequest.as(device).externalId("sink").command())
                    .visitorToken()
                    .orElse(device.visitorToken());
            device = new VisitorCredentials(workspace, fresh);
        }
        STATEMENTS.set(0);
        useCases.identifyVisitor()
                .identify(IdentifyRequest.as(device).externalId("sink").command());
        return STATEMENTS.get();
    }
}
