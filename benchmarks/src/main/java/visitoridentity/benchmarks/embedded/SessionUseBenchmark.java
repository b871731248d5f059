package visitoridentity.benchmarks.embedded;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * What the visitor token's lifecycle adds to identify: the token's expiry check, and the write of
 * its last use, which is made at most once a minute per token. {@code throttled} is identify as it
 * runs (a returning visitor's token was used less than a minute ago: a read, no write);
 * {@code writtenEveryCall} runs on a clock that moves a minute per call, so every identify also
 * writes its token's last use: the cost the once-a-minute rule keeps out of the common call. Same
 * store, commands and order as {@link EmbeddedIdentifyBenchmark}, whose {@code identify} measured
 * before the sessions existed is the number to compare {@code throttled} with.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SessionUseBenchmark {
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"throttled", "writtenEveryCall"})
        public String lastUse;

        @Param({"10000"})
        public int visitors;

        IdentifyStore store;
        int next;

        @Setup(Level.Trial)
        public void open() {
            Clock clock = "throttled".equals(lastUse) ? Clock.systemUTC() : new MinutePerRead(Instant.now());
            store = IdentifyStore.open(visitors, clock);
            store.identifyEachOnce();
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

    /**
     * A clock 61 seconds later at every read. Identify reads it a few times per call, so each call
     * finds its token's last use more than a minute old. A visitor's turn comes every 10,000 calls,
     * about three weeks later on this clock: within the 30-day idle limit, and a run of a few
     * hundred thousand reads stays well within the 400-day absolute limit.
     */
    static final class MinutePerRead extends Clock {
        private final Instant start;
        private final AtomicLong reads = new AtomicLong();

        MinutePerRead(Instant start) {
            this.start = start;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofSeconds(61).multipliedBy(reads.incrementAndGet()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
