package visitoridentity.benchmarks.embedded;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import visitoridentity.application.identify.IdentityResult;

/**
 * Identify in-process (the use case over the JDBI adapter on an H2 file database) beside the floor
 * on that same database: a bare JDBI transaction that upserts one row (of as many as there are visitors), with the same pool, the same
 * durability ({@code WRITE_DELAY=0}: each commit writes the file) and the same isolation (REPEATABLE
 * READ). Each identify is a signed external id (REQUIRED mode) and a two-key metadata patch for one
 * of many visitors, in turn; each thread has its own visitors, so threads never contend for a row. Every visitor has
 * identified once before the measurement: what is measured is the returning visitor, the common call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbeddedIdentifyBenchmark {
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"10000"})
        public int visitors;

        IdentifyStore store;
        Jdbi bareJdbi;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void open() {
            store = IdentifyStore.open(visitors);
            store.identifyEachOnce();
            bareJdbi = Jdbi.create(store.dataSource());
            bareJdbi.useHandle(handle -> {
                handle.execute("CREATE TABLE upsert_baseline (id varchar(64) NOT NULL PRIMARY KEY,"
                        + " payload varchar(4096) NOT NULL, updated_at timestamp with time zone NOT NULL,"
                        + " version bigint NOT NULL)");
                handle.execute("INSERT INTO upsert_baseline SELECT 'row_' || x, '{}', CURRENT_TIMESTAMP, 0"
                        + " FROM SYSTEM_RANGE(0, " + (visitors - 1) + ")");
            });
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
        }
    }

    /** Thread t of n takes the visitors t, t + n, t + 2n, ... in turn, so threads never share one. */
    @State(Scope.Thread)
    public static class Turn {
        int next;
        int step;
        int wrap;

        @Setup(Level.Trial)
        public void claim(Store store, BenchmarkParams params) {
            step = params.getThreads();
            next = store.threads.getAndIncrement();
            wrap = store.visitors - store.visitors % step;
        }

        int take() {
            int taken = next;
            next = (next + step) % wrap;
            return taken;
        }
    }

    @Benchmark
    public IdentityResult identify(Store store, Turn turn) {
        return store.store.useCases().identifyVisitor().identify(store.store.command(turn.take()));
    }

    @Benchmark
    public int bareUpsert(Store store, Turn turn) {
        String id = "row_" + turn.take();
        return store.bareJdbi.inTransaction(
                TransactionIsolationLevel.REPEATABLE_READ,
                handle -> handle.createUpdate(
                                "MERGE INTO upsert_baseline target USING (VALUES (CAST(:id AS varchar(64)),"
                                        + " CAST(:payload AS varchar(4096)))) AS source (id, payload) ON target.id = source.id"
                                        + " WHEN MATCHED THEN UPDATE SET payload = source.payload,"
                                        + " updated_at = CURRENT_TIMESTAMP, version = target.version + 1"
                                        + " WHEN NOT MATCHED THEN INSERT (id, payload, updated_at, version)"
                                        + " VALUES (source.id, source.payload, CURRENT_TIMESTAMP, 0)")
                        .bind("id", id)
                        .bind("payload", "{\"plan\":\"pro\",\"page\":\"/pricing\"}")
                        .execute());
    }
}
