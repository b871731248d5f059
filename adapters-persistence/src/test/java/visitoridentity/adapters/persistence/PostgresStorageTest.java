package visitoridentity.adapters.persistence;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on PostgreSQL, in a schema of its own (see {@link PostgresDatabase}). */
class PostgresStorageTest extends DatabaseStorageSuite {
    private static PostgresDatabase database;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        database = PostgresDatabase.freshSchema();
        persistence = database.open();
    }

    @AfterAll
    static void close() throws SQLException {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Override
    protected JdbiPersistence persistence() {
        return persistence;
    }
}
