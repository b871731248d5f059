package visitoridentity.adapters.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on an H2 file database opened with the production settings. */
class H2StorageTest extends DatabaseStorageSuite {
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        persistence = H2Files.open(H2Files.newDirectory("contract"));
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Override
    protected JdbiPersistence persistence() {
        return persistence;
    }
}
