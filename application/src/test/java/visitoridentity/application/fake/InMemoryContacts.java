package visitoridentity.application.fake;

import java.util.Optional;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.ContactRepository;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

public final class InMemoryContacts implements ContactRepository {
    final InMemoryTable<ContactId, Contact> table = new InMemoryTable<>();

    @Override
    public Optional<Contact> findById(WorkspaceId workspaceId, ContactId id) {
        return table.get(id).filter(c -> c.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Contact> findByEmail(WorkspaceId workspaceId, Email email) {
        return table.values()
                .filter(c -> c.workspaceId().equals(workspaceId) && c.email().equals(email))
                .findFirst();
    }

    @Override
    public void insert(Contact contact) {
        synchronized (InMemoryTable.LOCK) {
            if (findByEmail(contact.workspaceId(), contact.email()).isPresent()) {
                throw new ConcurrentUpdateException("the email already has a contact");
            }
            table.put(contact.id(), contact);
        }
    }

    @Override
    public void delete(WorkspaceId workspaceId, ContactId id) {
        table.removeIf(c -> c.workspaceId().equals(workspaceId) && c.id().equals(id));
    }
}
