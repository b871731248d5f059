package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.application.port.contract.StorageContract;
import visitoridentity.application.port.contract.StoragePorts;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * Every statement that looks up or saves visitors finds its rows by key, so its cost does not grow
 * with the workspace: in a workspace of {@value #VISITORS} visitors, H2 reads at most {@value
 * #MOST_ROWS_READ} rows of any table for any of them ({@code EXPLAIN ANALYZE}, run just before the
 * statement inside a savepoint that is rolled back). H2 looks an IN list up in an index only on the
 * index's first column: {@code workspace_id = ? AND id IN (...)} reads the whole workspace.
 */
class KeyedStatementsTest extends StorageContract {
    private static final int VISITORS = 1000;
    private static final int MOST_ROWS_READ = 50;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private static JdbiPersistence persistence;
    private static final List<ReadStatement> READS = new ArrayList<>();

    private WorkspaceId workspace;
    private List<Started> started;

    @BeforeAll
    static void open() {
        persistence = H2Files.open(H2Files.newDirectory("keyed"));
        persistence.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                READS.add(explain(context));
            }
        });
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Override
    protected StoragePorts storagePorts() {
        return AdapterPorts.of(persistence);
    }

    @BeforeEach
    void aBusyWorkspace() {
        workspace = newWorkspace();
        started = ports.transactions().inTransaction(() -> {
            List<Started> visitors = new ArrayList<>();
            for (int i = 0; i < VISITORS; i++) {
                visitors.add(started(workspace));
            }
            return visitors;
        });
        READS.clear();
    }

    @Test
    void aReturningVisitorsIdentifyReadsByKey() {
        AnonymousId device = started.get(VISITORS / 2).device();

        ports.transactions().inTransaction(() -> {
            ports.visitorTokens().findLive(workspace, tokenOf(device));
            Visitor read = ports.visitors().findByAnonymousId(workspace, device).orElseThrow();
            Visitor known = ports.visitors().update(withExternalId(read, "user_1", ClaimTrust.VERIFIED));
            ports.visitors()
                    .findByTrustedExternalId(
                            workspace, known.trustedExternalId().orElseThrow());
            return ports.visitors().update(known.withMetadata(metadata("plan", "pro")));
        });

        assertEveryStatementReadsByKey();
    }

    @Test
    void movingDevicesAndMergingReadsByKey() {
        Visitor known = started.get(10).visitor();
        Started other = started.get(VISITORS - 10);
        Started third = started.get(VISITORS / 2);

        ports.visitors().moveDevice(workspace, other.device(), known.id());
        ports.visitors().mergeInto(workspace, third.visitor().id(), known.id());
        ports.visitors()
                .anonymousIdsOf(workspace, List.of(known.id(), other.visitor().id()));

        assertEveryStatementReadsByKey();
    }

    @Test
    void listingAPageOfVisitorsReadsOnlyThatPage() {
        ports.visitors().find(workspace, new VisitorQuery(Optional.empty(), Optional.empty(), 20, Optional.empty()));
        ports.visitors()
                .find(
                        workspace,
                        new VisitorQuery(
                                Optional.empty(),
                                Optional.empty(),
                                20,
                                Optional.of(started.get(500).visitor().id())));

        assertEveryStatementReadsByKey();
    }

    @Test
    void listingAPageOfVisitorsWithAnExternalIdReadsOnlyThatPage() {
        ports.transactions().inTransaction(() -> {
            started.forEach(visitor ->
                    ports.visitors().update(withExternalId(visitor.visitor(), "shared", ClaimTrust.UNVERIFIED)));
            return null;
        });
        READS.clear();

        ports.visitors()
                .find(
                        workspace,
                        new VisitorQuery(Optional.of(ExternalId.of("shared")), Optional.empty(), 20, Optional.empty()));

        assertEveryStatementReadsByKey();
    }

    private static void assertEveryStatementReadsByKey() {
        assertThat(READS)
                .isNotEmpty()
                .allSatisfy(
                        read -> assertThat(read.mostRowsRead()).as(read.sql()).isLessThanOrEqualTo(MOST_ROWS_READ));
    }

    /** The rows H2 reads for the statement about to run, found by running it in a savepoint rolled back. */
    private static ReadStatement explain(StatementContext context) {
        String sql = context.getParsedSql().getSql();
        Connection connection = context.getConnection();
        try {
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
                ParsedParameters parameters = context.getParsedSql().getParameters();
                List<String> names = parameters.getParameterNames();
                for (int i = 0; i < names.size(); i++) {
                    context.getBinding()
                            .findForName(names.get(i), context)
                            .orElseThrow()
                            .apply(i + 1, explain, context);
                }
                try (ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    return new ReadStatement(sql, mostRowsRead(plan.getString(1)));
                }
            } finally {
                connection.rollback(before);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not explain " + sql, e);
        }
    }

    private static long mostRowsRead(String plan) {
        long most = 0;
        Matcher scans = SCAN_COUNT.matcher(plan);
        while (scans.find()) {
            most = Math.max(most, Long.parseLong(scans.group(1)));
        }
        return most;
    }

    private record ReadStatement(String sql, long mostRowsRead) {}
}
