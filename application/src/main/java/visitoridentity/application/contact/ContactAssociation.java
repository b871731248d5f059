package visitoridentity.application.contact;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import visitoridentity.application.port.ContactRepository;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Placement;
import visitoridentity.domain.visitor.Visitor;

/**
 * A visitor with a trusted email belongs to that email's contact (created on first use); one without
 * belongs to none. A contact left with no visitor is deleted, so no email outlives its visitors.
 */
public final class ContactAssociation {
    private final ContactRepository contacts;
    private final VisitorRepository visitors;
    private final IdentifierGenerator identifiers;
    private final Clock clock;

    public ContactAssociation(
            ContactRepository contacts, VisitorRepository visitors, IdentifierGenerator identifiers, Clock clock) {
        this.contacts = contacts;
        this.visitors = visitors;
        this.identifiers = identifiers;
        this.clock = clock;
    }

    public Visitor associate(Visitor visitor) {
        return visitor.withContact(visitor.trustedEmail().map(email -> contactOf(visitor.workspaceId(), email)));
    }

    /** Deletes the contacts the placed visitors belonged to before, when no visitor belongs to them any more. */
    public void deleteOrphans(WorkspaceId workspaceId, Placement placement, Visitor saved) {
        Stream.concat(
                        placement.target().contactId().stream(),
                        placement.absorbed().flatMap(Visitor::contactId).stream())
                .distinct()
                .filter(contact -> !saved.contactId().equals(Optional.of(contact)))
                .forEach(contact -> deleteIfOrphan(workspaceId, contact));
    }

    /** The visitors whose trusted email is {@code email} (those of its contact). */
    public List<Visitor> visitorsWithEmail(WorkspaceId workspaceId, Email email) {
        return contacts.findByEmail(workspaceId, email)
                .map(contact -> visitors.findByContact(workspaceId, contact.id()))
                .orElse(List.of());
    }

    public void deleteIfOrphan(WorkspaceId workspaceId, ContactId contact) {
        if (visitors.findByContact(workspaceId, contact).isEmpty()) {
            contacts.delete(workspaceId, contact);
        }
    }

    private ContactId contactOf(WorkspaceId workspaceId, Email email) {
        return contacts.findByEmail(workspaceId, email).map(Contact::id).orElseGet(() -> {
            Contact contact = new Contact(identifiers.newContactId(), workspaceId, email, clock.instant());
            contacts.insert(contact);
            return contact.id();
        });
    }
}
