package visitoridentity.application.erase;

import java.time.Clock;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** See {@link EraseVisitorUseCase}. The visitor's tokens are revoked first, so their later use says why they stopped. */
public final class EraseVisitor implements EraseVisitorUseCase {
    private final VisitorRepository visitors;
    private final VisitorTokenRepository tokens;
    private final ContactAssociation contacts;
    private final Transactions transactions;
    private final Clock clock;

    public EraseVisitor(
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            ContactAssociation contacts,
            Transactions transactions,
            Clock clock) {
        this.visitors = visitors;
        this.tokens = tokens;
        this.contacts = contacts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void erase(WorkspaceId workspaceId, VisitorId visitorId) {
        transactions.inTransaction(() -> {
            Visitor visitor = visitors.findById(workspaceId, visitorId)
                    .orElseThrow(() -> new NotFoundException("visitor", visitorId.value()));
            tokens.revokeAllOf(workspaceId, visitorId, Revocation.ERASURE, clock.instant());
            visitors.delete(workspaceId, visitorId);
            visitor.contactId().ifPresent(contact -> contacts.deleteIfOrphan(workspaceId, contact));
            return visitor;
        });
    }
}
