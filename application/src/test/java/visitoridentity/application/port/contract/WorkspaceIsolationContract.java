package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * A workspace never sees another workspace's visitors or contacts: not by id, anonymous id, token,
 * external id or email, and it cannot delete them either.
 */
public abstract class WorkspaceIsolationContract extends StorageContract {
    private WorkspaceId home;
    private WorkspaceId other;
    private Contact contact;
    private Visitor visitor;
    private AnonymousId device;

    @BeforeEach
    void storeAVisitorAtHome() {
        home = newWorkspace();
        other = newWorkspace();
        contact = storedContact(home, "jane@example.com");
        Started started = started(home);
        device = started.device();
        visitor = ports.visitors()
                .update(withExternalId(started.visitor(), "user_1", ClaimTrust.VERIFIED)
                        .withEmail(email("jane@example.com", ClaimTrust.VERIFIED))
                        .withContact(Optional.of(contact.id())));
    }

    @Test
    void aVisitorIsNotFoundByIdFromAnotherWorkspace() {
        assertThat(ports.visitors().findById(other, visitor.id())).isEmpty();
    }

    @Test
    void aVisitorIsNotFoundByAnonymousIdFromAnotherWorkspace() {
        assertThat(ports.visitors().findByAnonymousId(other, device)).isEmpty();
    }

    @Test
    void aVisitorTokenIsNotValidInAnotherWorkspace() {
        assertThat(ports.visitorTokens().findLive(other, tokenOf(device)))
                .map(LiveVisitorToken::anonymousId)
                .isEmpty();
    }

    @Test
    void aVisitorIsNotFoundByTrustedExternalIdFromAnotherWorkspace() {
        assertThat(ports.visitors().findByTrustedExternalId(other, ExternalId.of("user_1")))
                .isEmpty();
    }

    @Test
    void aVisitorIsNotListedInAnotherWorkspaceWhateverTheFilter() {
        assertThat(ports.visitors()
                        .find(other, new VisitorQuery(Optional.empty(), Optional.empty(), 10, Optional.empty())))
                .isEmpty();
        assertThat(ports.visitors()
                        .find(
                                other,
                                new VisitorQuery(
                                        Optional.of(ExternalId.of("user_1")), Optional.empty(), 10, Optional.empty())))
                .isEmpty();
        assertThat(ports.visitors()
                        .find(
                                other,
                                new VisitorQuery(
                                        Optional.empty(),
                                        Optional.of(Email.of("jane@example.com")),
                                        10,
                                        Optional.empty())))
                .isEmpty();
    }

    @Test
    void aContactsVisitorsAreNotFoundFromAnotherWorkspace() {
        assertThat(ports.visitors().findByContact(other, contact.id())).isEmpty();
    }

    @Test
    void aContactIsNotFoundByIdOrEmailFromAnotherWorkspace() {
        assertThat(ports.contacts().findById(other, contact.id())).isEmpty();
        assertThat(ports.contacts().findByEmail(other, Email.of("jane@example.com")))
                .isEmpty();
    }

    @Test
    void anotherWorkspaceCannotDeleteAVisitorOrAContact() {
        ports.visitors().delete(other, visitor.id());
        ports.contacts().delete(other, contact.id());

        assertThat(ports.visitors().findById(home, visitor.id())).contains(visitor);
        assertThat(ports.visitorTokens().findLive(home, tokenOf(device)))
                .map(LiveVisitorToken::anonymousId)
                .contains(device);
        assertThat(ports.contacts().findById(home, contact.id())).contains(contact);
    }

    @Test
    void anotherWorkspaceMayHaveItsOwnVisitorWithTheSameTrustedExternalId() {
        Visitor there = withExternalId(anonymousVisitor(other), "user_1", ClaimTrust.VERIFIED);

        ports.visitors().insert(there);

        assertThat(ports.visitors().findByTrustedExternalId(other, ExternalId.of("user_1")))
                .contains(there);
        assertThat(ports.visitors().findByTrustedExternalId(home, ExternalId.of("user_1")))
                .contains(visitor);
    }

    @Test
    void anotherWorkspaceMayHaveTheSameAnonymousId() {
        Visitor there = Visitor.start(newVisitorId(), other, T0);

        ports.visitors().start(there, device, tokenOf(newAnonymousId()));

        assertThat(ports.visitors().findByAnonymousId(other, device)).contains(there);
        assertThat(ports.visitors().findByAnonymousId(home, device)).contains(visitor);
    }
}
