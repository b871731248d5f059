package visitoridentity.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import visitoridentity.application.port.Transactions;

/**
 * The transaction boundary. {@link #inTransaction} opens one JDBI transaction and binds its handle
 * to the calling thread; every repository call on that thread runs on that handle until the work
 * returns (commit) or throws (rollback). A call outside any transaction runs in a short transaction
 * of its own. A nested {@code inTransaction} joins the outer one.
 *
 * <p>Lost updates are prevented by the version check of {@code VisitorRepository.update} and by the
 * unique indexes, whose violations surface as {@link
 * visitoridentity.application.port.ConcurrentUpdateException}; the use case then retries from a
 * fresh read. The isolation level is the one that keeps the version check sound on the database
 * (see {@link Database}): READ COMMITTED on PostgreSQL, REPEATABLE READ on H2. After such a failure
 * the transaction is finished: on PostgreSQL it accepts no further statement, so the work must not
 * catch the exception and carry on.
 */
final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final TransactionIsolationLevel isolation;
    private final boolean connectionsAtIsolation;
    // Per instance on purpose: each JdbiPersistence (each database) has its own transactions.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    /**
     * @param connectionsAtIsolation true when every connection the data source hands out is already
     *     at {@code isolation} (a pool set up for it): then a transaction neither reads nor sets the
     *     level, which PgJDBC does with a round trip to the server each time
     */
    JdbiTransactions(Jdbi jdbi, TransactionIsolationLevel isolation, boolean connectionsAtIsolation) {
        this.jdbi = jdbi;
        this.isolation = isolation;
        this.connectionsAtIsolation = connectionsAtIsolation;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        List<Runnable> afterwards = new ArrayList<>();
        try {
            HandleCallback<T, RuntimeException> transaction = handle -> {
                bound.set(new Bound(handle, new TransactionReads(), afterwards));
                try {
                    return work.get();
                } finally {
                    bound.remove();
                }
            };
            return connectionsAtIsolation
                    ? jdbi.inTransaction(transaction)
                    : jdbi.inTransaction(isolation, transaction);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        } finally {
            afterwards.forEach(Runnable::run);
        }
    }

    /** Runs the action once the thread's transaction has ended (committed or not); at once outside any. */
    void afterTransaction(Runnable action) {
        Bound current = bound.get();
        if (current == null) {
            action.run();
        } else {
            current.afterwards().add(action);
        }
    }

    /** Runs one repository operation on the thread's transaction, or in a transaction of its own. */
    <T> T withHandle(Function<Handle, T> operation) {
        return withReads((handle, reads) -> operation.apply(handle));
    }

    /** As {@link #withHandle}, also given what the transaction read before ({@link TransactionReads}). */
    <T> T withReads(BiFunction<Handle, TransactionReads, T> operation) {
        Bound current = bound.get();
        if (current == null) {
            return inTransaction(
                    () -> operation.apply(bound.get().handle(), bound.get().reads()));
        }
        try {
            return operation.apply(current.handle(), current.reads());
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    private record Bound(Handle handle, TransactionReads reads, List<Runnable> afterwards) {}

    /** As {@link #withHandle}, for an operation that returns nothing. */
    void useHandle(Consumer<Handle> operation) {
        withHandle(handle -> {
            operation.accept(handle);
            return null;
        });
    }
}
