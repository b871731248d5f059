package visitoridentity.application.fake;

import java.util.List;
import java.util.function.Supplier;
import visitoridentity.application.port.Transactions;

/**
 * All-or-nothing over the in-memory repositories: one transaction at a time (a global lock), and a
 * failed one restores every repository to what it held before.
 */
public final class InMemoryTransactions implements Transactions {
    private final List<InMemoryTable<?, ?>> tables;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    public InMemoryTransactions(List<InMemoryTable<?, ?>> tables) {
        this.tables = List.copyOf(tables);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inside.get()) {
            return work.get();
        }
        synchronized (InMemoryTable.LOCK) {
            List<Runnable> restores =
                    tables.stream().map(InMemoryTable::snapshot).toList();
            inside.set(true);
            try {
                return work.get();
            } catch (RuntimeException e) {
                restores.forEach(Runnable::run);
                throw e;
            } finally {
                inside.set(false);
            }
        }
    }
}
