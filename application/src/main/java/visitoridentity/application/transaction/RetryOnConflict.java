package visitoridentity.application.transaction;

import java.util.function.Supplier;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.Transactions;

/**
 * Runs a unit of work in a transaction and, when it loses an optimistic race, runs it again from a
 * fresh read, a bounded number of times with a short growing pause. When every attempt lost, the
 * last {@link ConcurrentUpdateException} reaches the caller and nothing was changed.
 */
public final class RetryOnConflict {
    public static final int DEFAULT_ATTEMPTS = 25;
    private static final long MAX_PAUSE_MILLIS = 20;

    private final Transactions transactions;
    private final int attempts;

    public RetryOnConflict(Transactions transactions) {
        this(transactions, DEFAULT_ATTEMPTS);
    }

    public RetryOnConflict(Transactions transactions, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.transactions = transactions;
        this.attempts = attempts;
    }

    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (ConcurrentUpdateException lostRace) {
                if (attempt >= attempts) {
                    throw lostRace;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(MAX_PAUSE_MILLIS, 1L << Math.min(attempt - 1, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException("interrupted while waiting to retry", e);
        }
    }
}
