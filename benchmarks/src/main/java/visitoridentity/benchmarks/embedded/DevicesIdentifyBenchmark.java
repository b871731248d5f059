package visitoridentity.benchmarks.embedded;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import visitoridentity.application.identify.IdentityResult;

/**
 * A returning visitor's identify with one device and with a hundred (the default cap per visitor):
 * identify writes only the device that changed, so the two should cost about the same. Same
 * commands as {@link EmbeddedIdentifyBenchmark} (signed external id, two-key metadata patch), sent
 * from each visitor's first device, in turn; every other device identified once before. Each
 * visitor has a second user who holds the rest of the bound, so the database is the same size at 1
 * device as at 100, and only the devices of the visitor that calls differ.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DevicesIdentifyBenchmark {
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"1", "100"})
        public int devices;

        /**
         * Devices of a visitor and its second user together (at least one each): the stored rows are
         * the same for every {@code devices}.
         */
        static final int DEVICES_PER_PAIR = 101;

        @Param({"200"})
        public int visitors;

        IdentifyStore store;
        int next;

        @Setup(Level.Trial)
        public void open() {
            store = IdentifyStore.open(visitors);
            store.identifyEachOnce();
            store.addDevices(devices, DEVICES_PER_PAIR);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
        }
    }

    /** One thread: the store's turn counter is not shared. */
    @Benchmark
    public IdentityResult identify(Store store) {
        return store.store.useCases().identifyVisitor().identify(store.store.command(store.next++));
    }
}
