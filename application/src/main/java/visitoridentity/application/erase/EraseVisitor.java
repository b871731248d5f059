package visitoridentity.application.erase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.visitor.Visitor;

/**
 * See {@link EraseVisitorUseCase}. The visitor's tokens are revoked first, so their later use says why
 * they stopped. Its events stay as facts with their personal data removed, and so do the events of
 * every visitor that was merged into it; a {@code visitor.erased} event records the erasure.
 */
public final class EraseVisitor implements EraseVisitorUseCase {
    private final VisitorRepository visitors;
    private final VisitorTokenRepository tokens;
    private final ContactAssociation contacts;
    private final Transactions transactions;
    private final Clock clock;
    private final IdentityEventRepository events;
    private final IdentityEvents eventsOf;

    public EraseVisitor(
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            ContactAssociation contacts,
            Transactions transactions,
            Clock clock,
            IdentityEventRepository events,
            IdentityEvents eventsOf) {
        this.visitors = visitors;
        this.tokens = tokens;
        this.contacts = contacts;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.eventsOf = eventsOf;
    }

    @Override
    public void erase(WorkspaceId workspaceId, VisitorId visitorId) {
        transactions.inTransaction(() -> {
            Visitor visitor = visitors.findById(workspaceId, visitorId)
                    .orElseThrow(() -> new NotFoundException("visitor", visitorId.value()));
            Instant now = clock.instant();
            tokens.revokeAllOf(workspaceId, visitorId, Revocation.ERASURE, now);
            visitors.delete(workspaceId, visitorId);
            visitor.contactId().ifPresent(contact -> contacts.deleteIfOrphan(workspaceId, contact));
            redactEvents(workspaceId, visitorId);
            events.append(List.of(eventsOf.erased(workspaceId, visitorId, now)));
            return visitor;
        });
    }

    /** Removes the personal data of the visitor's events and of the events of the visitors merged into it. */
    private void redactEvents(WorkspaceId workspaceId, VisitorId visitorId) {
        Set<VisitorId> seen = new LinkedHashSet<>();
        Deque<VisitorId> pending = new ArrayDeque<>(List.of(visitorId));
        while (!pending.isEmpty()) {
            VisitorId next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            for (IdentityEvent event : events.findByVisitors(workspaceId, List.of(next))) {
                if (event.type() == EventType.VISITOR_MERGED
                        && event.data().members().get("absorbedVisitorId") instanceof JsonString absorbed) {
                    pending.push(VisitorId.of(absorbed.value()));
                }
                if (!event.data().members().containsKey("redacted")) {
                    events.replaceData(workspaceId, event.id(), event.redacted().data());
                }
            }
        }
    }
}
