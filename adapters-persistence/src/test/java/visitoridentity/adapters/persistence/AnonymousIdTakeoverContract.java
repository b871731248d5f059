package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.contract.StorageContract;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * A visitor that loses an anonymous id to another visitor moves to its next version, so a save from
 * a read made before (which still lists the id) fails instead of quietly taking the id back. The
 * in-memory fakes serialize every transaction, so only the database adapters need this.
 */
abstract class AnonymousIdTakeoverContract extends StorageContract {

    @Test
    void aVisitorThatLostAnAnonymousIdCannotBeSavedFromAnEarlierRead() {
        WorkspaceId workspace = newWorkspace();
        Visitor known = startedVisitor(workspace);
        AnonymousId secondDevice = startedVisitor(workspace).anonymousIds().get(0);
        Visitor readBefore = ports.visitors().update(known.withAnonymousId(secondDevice));
        Visitor switched = withExternalId(
                Visitor.start(newVisitorId(), workspace, secondDevice, T0), "user_2", ClaimTrust.TRUSTED);
        ports.visitors().insert(switched);

        assertThatThrownBy(() -> ports.visitors().update(readBefore.withMetadata(metadata("plan", "pro"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findByAnonymousId(workspace, secondDevice)).contains(switched);
    }

    @Test
    void aFreshReadOfThatVisitorSavesWithoutTheLostAnonymousId() {
        WorkspaceId workspace = newWorkspace();
        Visitor known = startedVisitor(workspace);
        AnonymousId secondDevice = startedVisitor(workspace).anonymousIds().get(0);
        ports.visitors().update(known.withAnonymousId(secondDevice));
        ports.visitors().insert(Visitor.start(newVisitorId(), workspace, secondDevice, T0));
        Visitor fresh = ports.visitors().findById(workspace, known.id()).orElseThrow();

        Visitor saved = ports.visitors().update(fresh.withMetadata(metadata("plan", "pro")));

        assertThat(saved.anonymousIds()).containsExactly(known.anonymousIds().get(0));
    }
}
