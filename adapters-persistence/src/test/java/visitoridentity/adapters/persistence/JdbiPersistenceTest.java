package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

/** The adapter's life cycle: migrate, serve, report readiness, close, reopen. */
class JdbiPersistenceTest {
    private static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_lifecycle");

    @Test
    void anOpenAdapterIsReady() {
        try (JdbiPersistence persistence = H2Files.open(H2Files.newDirectory("ready"))) {
            assertThat(persistence.isReady()).isTrue();
        }
    }

    @Test
    void aClosedAdapterIsNotReady() {
        JdbiPersistence persistence = H2Files.open(H2Files.newDirectory("closed"));

        persistence.close();

        assertThat(persistence.isReady()).isFalse();
    }

    @Test
    void aReopenedFileDatabaseKeepsItsDataAndMigratesNothingTwice() {
        Path directory = H2Files.newDirectory("reopen");
        Contact contact = new Contact(ContactId.of("c_1"), WORKSPACE, Email.of("jane@example.com"), StorageFixtures.T0);
        try (JdbiPersistence persistence = H2Files.open(directory)) {
            persistence.workspaces().insert(StorageFixtures.workspace(WORKSPACE));
            persistence.contacts().insert(contact);
        }

        try (JdbiPersistence reopened = H2Files.open(directory)) {
            assertThat(reopened.contacts().findById(WORKSPACE, contact.id())).contains(contact);
        }
    }
}
