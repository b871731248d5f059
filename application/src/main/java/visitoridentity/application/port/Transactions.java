package visitoridentity.application.port;

import java.util.function.Supplier;

/** The transaction boundary: the work runs all-or-nothing; repositories used inside it join it. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
