package visitoridentity.application.erase;

import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** See {@link EraseVisitorUseCase}. */
public final class EraseVisitor implements EraseVisitorUseCase {
    private final VisitorRepository visitors;
    private final ContactAssociation contacts;
    private final Transactions transactions;

    public EraseVisitor(VisitorRepository visitors, ContactAssociation contacts, Transactions transactions) {
        this.visitors = visitors;
        this.contacts = contacts;
        this.transactions = transactions;
    }

    @Override
    public void erase(WorkspaceId workspaceId, VisitorId visitorId) {
        transactions.inTransaction(() -> {
            Visitor visitor = visitors.findById(workspaceId, visitorId)
                    .orElseThrow(() -> new NotFoundException("visitor", visitorId.value()));
            visitors.delete(workspaceId, visitorId);
            visitor.contactId().ifPresent(contact -> contacts.deleteIfOrphan(workspaceId, contact));
            return visitor;
        });
    }
}
