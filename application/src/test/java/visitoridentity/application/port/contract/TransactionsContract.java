package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** What every {@link visitoridentity.application.port.Transactions} does with the repositories used inside it. */
public abstract class TransactionsContract extends StorageContract {

    @Test
    void theWorksResultIsReturnedAndItsWritesKept() {
        WorkspaceId workspace = newWorkspace();

        Visitor started = ports.transactions().inTransaction(() -> startedVisitor(workspace));

        assertThat(ports.visitors().findById(workspace, started.id())).contains(started);
    }

    @Test
    void everyWriteOfAFailedTransactionIsUndone() {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = anonymousVisitor(workspace);

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    storedContact(workspace, "jane@example.com");
                    startWithNewDevice(visitor);
                    throw new IllegalStateException("the work failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .isEmpty();
        assertThat(ports.visitors().findById(workspace, visitor.id())).isEmpty();
    }

    @Test
    void aLostRaceInsideATransactionIsAConcurrentUpdateThatUndoesTheEarlierWrites() {
        WorkspaceId workspace = newWorkspace();
        ports.visitors().insert(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED));

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    storedContact(workspace, "jane@example.com");
                    ports.visitors().insert(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED));
                    return null;
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .isEmpty();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = anonymousVisitor(workspace);

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
                    ports.transactions().inTransaction(() -> {
                        startWithNewDevice(visitor);
                        return null;
                    });
                    throw new IllegalStateException("the outer work failed after the inner one returned");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.visitors().findById(workspace, visitor.id())).isEmpty();
    }

    @Test
    void readsInsideATransactionSeeItsOwnWrites() {
        WorkspaceId workspace = newWorkspace();

        boolean seen = ports.transactions().inTransaction(() -> {
            Visitor started = startedVisitor(workspace);
            return ports.visitors().findById(workspace, started.id()).isPresent();
        });

        assertThat(seen).isTrue();
    }
}
