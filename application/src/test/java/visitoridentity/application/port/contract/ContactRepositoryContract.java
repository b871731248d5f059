package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.WorkspaceId;

/** What every {@link visitoridentity.application.port.ContactRepository} does. */
public abstract class ContactRepositoryContract extends StorageContract {

    @Test
    void aStoredContactIsFoundByIdAndByEmail() {
        WorkspaceId workspace = newWorkspace();
        Contact contact = storedContact(workspace, "jane@example.com");

        assertThat(ports.contacts().findById(workspace, contact.id())).contains(contact);
        assertThat(ports.contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .contains(contact);
    }

    @Test
    void anUnknownContactIsNotFound() {
        WorkspaceId workspace = newWorkspace();

        assertThat(ports.contacts().findById(workspace, newContactId())).isEmpty();
        assertThat(ports.contacts().findByEmail(workspace, Email.of("nobody@example.com")))
                .isEmpty();
    }

    @Test
    void aSecondContactForTheSameEmailIsAConcurrentUpdate() {
        WorkspaceId workspace = newWorkspace();
        Contact first = storedContact(workspace, "jane@example.com");

        assertThatThrownBy(() -> storedContact(workspace, "jane@example.com"))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .contains(first);
    }

    @Test
    void theSameEmailInAnotherWorkspaceIsAnotherContact() {
        Contact first = storedContact(newWorkspace(), "jane@example.com");
        Contact second = storedContact(newWorkspace(), "jane@example.com");

        assertThat(ports.contacts().findByEmail(second.workspaceId(), Email.of("jane@example.com")))
                .contains(second);
        assertThat(ports.contacts().findByEmail(first.workspaceId(), Email.of("jane@example.com")))
                .contains(first);
    }

    @Test
    void aDeletedContactIsGoneAndItsEmailFree() {
        WorkspaceId workspace = newWorkspace();
        Contact contact = storedContact(workspace, "jane@example.com");

        ports.contacts().delete(workspace, contact.id());

        assertThat(ports.contacts().findById(workspace, contact.id())).isEmpty();
        Contact again = storedContact(workspace, "jane@example.com");
        assertThat(ports.contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .contains(again);
    }
}
