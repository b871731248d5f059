package visitoridentity.adapters.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts, below JDBI and above the pool, the JDBC calls that go to the database: every statement
 * executed (a batch once), every commit and rollback, and the isolation level read or set (PgJDBC
 * asks the server with {@code SHOW TRANSACTION ISOLATION LEVEL}). Each is one round trip on
 * PostgreSQL. A transaction is a commit, a rollback, or a call made in auto-commit mode (which the
 * database commits on its own).
 */
final class RoundTrips {
    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> ISOLATION = Set.of("getTransactionIsolation", "setTransactionIsolation");

    private final AtomicInteger roundTrips = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    void reset() {
        roundTrips.set(0);
        transactions.set(0);
        calls.clear();
    }

    /** What the counted round trips were, in order: the SQL executed (its start) or the call made. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    int roundTrips() {
        return roundTrips.get();
    }

    int transactions() {
        return transactions.get();
    }

    /** The data source whose connections are counted. */
    DataSource watching(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? watching(connection) : result;
        });
    }

    private Connection watching(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")) {
                roundTrips.incrementAndGet();
                transactions.incrementAndGet();
                calls.add(name);
            } else if (ISOLATION.contains(name)) {
                countCall(connection, name);
            }
            Object result = method.invoke(target, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : name;
            return result instanceof Statement statement ? watching(statement, connection, sql) : result;
        });
    }

    private Statement watching(Statement statement, Connection connection, String sql) {
        Call counting = (target, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                countCall(connection, args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
            return method.invoke(target, args);
        };
        if (statement instanceof CallableStatement callable) {
            return proxy(CallableStatement.class, callable, counting);
        }
        if (statement instanceof PreparedStatement prepared) {
            return proxy(PreparedStatement.class, prepared, counting);
        }
        return proxy(Statement.class, statement, counting);
    }

    private void countCall(Connection connection, String what) throws SQLException {
        roundTrips.incrementAndGet();
        calls.add(what.length() > 90 ? what.substring(0, 90) : what);
        if (connection.getAutoCommit()) {
            transactions.incrementAndGet();
        }
    }

    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
