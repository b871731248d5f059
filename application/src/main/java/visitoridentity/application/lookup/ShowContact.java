package visitoridentity.application.lookup;

import visitoridentity.application.port.ContactRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** See {@link ShowContactUseCase}. */
public final class ShowContact implements ShowContactUseCase {
    private final ContactRepository contacts;
    private final VisitorRepository visitors;

    public ShowContact(ContactRepository contacts, VisitorRepository visitors) {
        this.contacts = contacts;
        this.visitors = visitors;
    }

    @Override
    public ContactView show(WorkspaceId workspaceId, ContactId contactId) {
        Contact contact = contacts.findById(workspaceId, contactId)
                .orElseThrow(() -> new NotFoundException("contact", contactId.value()));
        return new ContactView(
                contact,
                visitors.findByContact(workspaceId, contactId).stream()
                        .map(Visitor::id)
                        .toList());
    }
}
