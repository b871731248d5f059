package visitoridentity.application.port;

import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

/** Stores contacts, unique per (workspace, normalized email). */
public interface ContactRepository {
    Optional<Contact> findById(WorkspaceId workspaceId, ContactId id);

    Optional<Contact> findByEmail(WorkspaceId workspaceId, Email email);

    /** Throws {@link ConcurrentUpdateException} when the email got its contact meanwhile. */
    void insert(Contact contact);

    void delete(WorkspaceId workspaceId, ContactId id);
}
