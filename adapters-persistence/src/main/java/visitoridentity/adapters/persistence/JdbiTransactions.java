package visitoridentity.adapters.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
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
    // Per instance on purpose: each JdbiPersistence (each database) has its own transactions.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Handle> boundHandle = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi, TransactionIsolationLevel isolation) {
        this.jdbi = jdbi;
        this.isolation = isolation;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (boundHandle.get() != null) {
            return work.get();
        }
        try {
            return jdbi.inTransaction(isolation, handle -> {
                boundHandle.set(handle);
                try {
                    return work.get();
                } finally {
                    boundHandle.remove();
                }
            });
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Runs one repository operation on the thread's transaction, or in a transaction of its own. */
    <T> T withHandle(Function<Handle, T> operation) {
        Handle handle = boundHandle.get();
        if (handle == null) {
            return inTransaction(() -> operation.apply(boundHandle.get()));
        }
        try {
            return operation.apply(handle);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    /** As {@link #withHandle}, for an operation that returns nothing. */
    void useHandle(Consumer<Handle> operation) {
        withHandle(handle -> {
            operation.accept(handle);
            return null;
        });
    }
}
