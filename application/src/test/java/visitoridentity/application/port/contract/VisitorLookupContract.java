package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Profile;
import visitoridentity.domain.visitor.Visitor;

/** How every {@link visitoridentity.application.port.VisitorRepository} lists visitors: keyset pages, filters, contacts. */
public abstract class VisitorLookupContract extends StorageContract {

    @Test
    void visitorsAreListedInAscendingIdOrderUpToTheLimit() {
        WorkspaceId workspace = newWorkspace();
        List<Visitor> visitors = storedInReverse(workspace, 5);

        assertThat(ids(ports.visitors().find(workspace, page(3, Optional.empty()))))
                .containsExactly(
                        visitors.get(0).id(),
                        visitors.get(1).id(),
                        visitors.get(2).id());
    }

    @Test
    void theNextPageStartsAfterTheCursor() {
        WorkspaceId workspace = newWorkspace();
        List<Visitor> visitors = storedInReverse(workspace, 5);

        assertThat(ids(ports.visitors()
                        .find(workspace, page(3, Optional.of(visitors.get(2).id())))))
                .containsExactly(visitors.get(3).id(), visitors.get(4).id());
    }

    @Test
    void thePageAfterTheLastVisitorIsEmpty() {
        WorkspaceId workspace = newWorkspace();
        List<Visitor> visitors = storedInReverse(workspace, 2);

        assertThat(ports.visitors()
                        .find(workspace, page(3, Optional.of(visitors.get(1).id()))))
                .isEmpty();
    }

    @Test
    void idsSortByTheirCharacterCodesWhateverTheDatabaseCollation() {
        WorkspaceId workspace = newWorkspace();
        String prefix = newVisitorId().value() + "_";
        List<VisitorId> ids = new ArrayList<>();
        for (String suffix : List.of("b", "B", "a", "-", "_", "0", "Z")) {
            VisitorId id = VisitorId.of(prefix + suffix);
            ids.add(id);
            AnonymousId device = newAnonymousId();
            ports.visitors().start(Visitor.start(id, workspace, T0), device, tokenOf(device));
        }
        ids.sort(Comparator.comparing(VisitorId::value));

        assertThat(ids(ports.visitors().find(workspace, page(10, Optional.empty()))))
                .containsExactlyElementsOf(ids);
    }

    @Test
    void theExternalIdFilterMatchesTheClaimWhateverItsTrust() {
        WorkspaceId workspace = newWorkspace();
        Visitor trusted = inserted(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED));
        Visitor unverified = inserted(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED));
        inserted(withExternalId(anonymousVisitor(workspace), "user_2", ClaimTrust.VERIFIED));
        startedVisitor(workspace);

        List<Visitor> found = ports.visitors()
                .find(
                        workspace,
                        new VisitorQuery(Optional.of(ExternalId.of("user_1")), Optional.empty(), 10, Optional.empty()));

        assertThat(ids(found)).containsExactly(trusted.id(), unverified.id());
    }

    @Test
    void theEmailFilterMatchesTheClaimWhateverItsTrust() {
        WorkspaceId workspace = newWorkspace();
        Visitor trusted =
                inserted(anonymousVisitor(workspace).withEmail(email("jane@example.com", ClaimTrust.TRUSTED)));
        Visitor unverified =
                inserted(anonymousVisitor(workspace).withEmail(email("jane@example.com", ClaimTrust.UNVERIFIED)));
        inserted(anonymousVisitor(workspace).withEmail(email("john@example.com", ClaimTrust.TRUSTED)));

        List<Visitor> found = ports.visitors()
                .find(
                        workspace,
                        new VisitorQuery(
                                Optional.empty(), Optional.of(Email.of("jane@example.com")), 10, Optional.empty()));

        assertThat(ids(found)).containsExactly(trusted.id(), unverified.id());
    }

    @Test
    void filtersCombineAndPageLikeTheWholeList() {
        WorkspaceId workspace = newWorkspace();
        List<Visitor> matching = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            matching.add(inserted(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED)
                    .withEmail(email("jane@example.com", ClaimTrust.UNVERIFIED))));
            inserted(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED));
        }

        List<Visitor> found = ports.visitors()
                .find(
                        workspace,
                        new VisitorQuery(
                                Optional.of(ExternalId.of("user_1")),
                                Optional.of(Email.of("jane@example.com")),
                                2,
                                Optional.of(matching.get(0).id())));

        assertThat(ids(found))
                .containsExactly(matching.get(1).id(), matching.get(2).id());
    }

    @Test
    void theNamePrefixFilterMatchesTheStartOfTheNameIgnoringCase() {
        WorkspaceId workspace = newWorkspace();
        Visitor jane = inserted(named(workspace, "Jane Doe"));
        Visitor janet = inserted(named(workspace, "JANET Smith"));
        inserted(named(workspace, "Mary Jane"));
        inserted(anonymousVisitor(workspace));

        assertThat(ids(ports.visitors().find(workspace, byName("jan"))))
                .containsExactlyInAnyOrder(jane.id(), janet.id());
    }

    @Test
    void theNamePrefixFilterMatchesNonAsciiNames() {
        WorkspaceId workspace = newWorkspace();
        Visitor zoe = inserted(named(workspace, "Zoë Ångström"));
        inserted(named(workspace, "Zoe Smith"));

        assertThat(ids(ports.visitors().find(workspace, byName("zoë å")))).containsExactly(zoe.id());
    }

    @Test
    void theNamePrefixsLikeWildcardsMatchOnlyThemselves() {
        WorkspaceId workspace = newWorkspace();
        Visitor percent = inserted(named(workspace, "50% off"));
        Visitor underscore = inserted(named(workspace, "a_b"));
        Visitor backslash = inserted(named(workspace, "c\\d"));
        inserted(named(workspace, "500 off"));
        inserted(named(workspace, "axb"));

        assertThat(ids(ports.visitors().find(workspace, byName("50%")))).containsExactly(percent.id());
        assertThat(ids(ports.visitors().find(workspace, byName("a_")))).containsExactly(underscore.id());
        assertThat(ids(ports.visitors().find(workspace, byName("c\\")))).containsExactly(backslash.id());
    }

    @Test
    void aRenamedVisitorIsFoundByItsNewName() {
        WorkspaceId workspace = newWorkspace();
        Visitor stored = inserted(named(workspace, "Old Name"));
        ports.visitors()
                .update(stored.withProfile(
                        new Profile(Optional.of(DisplayName.of("New Name")), Optional.empty(), Optional.empty())));

        assertThat(ids(ports.visitors().find(workspace, byName("new")))).containsExactly(stored.id());
        assertThat(ports.visitors().find(workspace, byName("old"))).isEmpty();
    }

    private Visitor named(WorkspaceId workspace, String name) {
        return anonymousVisitor(workspace)
                .withProfile(new Profile(Optional.of(DisplayName.of(name)), Optional.empty(), Optional.empty()));
    }

    private static VisitorQuery byName(String lowerCasePrefix) {
        return new VisitorQuery(Optional.empty(), Optional.empty(), Optional.of(lowerCasePrefix), 10, Optional.empty());
    }

    @Test
    void aContactsVisitorsAreFoundByTheContactInIdOrder() {
        WorkspaceId workspace = newWorkspace();
        Contact jane = storedContact(workspace, "jane@example.com");
        Contact john = storedContact(workspace, "john@example.com");
        Visitor first = inserted(anonymousVisitor(workspace).withContact(Optional.of(jane.id())));
        inserted(anonymousVisitor(workspace).withContact(Optional.of(john.id())));
        Visitor second = inserted(anonymousVisitor(workspace).withContact(Optional.of(jane.id())));
        startedVisitor(workspace);

        assertThat(ports.visitors().findByContact(workspace, jane.id())).containsExactly(first, second);
    }

    @Test
    void aContactWithoutVisitorsHasNone() {
        WorkspaceId workspace = newWorkspace();
        Contact jane = storedContact(workspace, "jane@example.com");

        assertThat(ports.visitors().findByContact(workspace, jane.id())).isEmpty();
    }

    /** Visitors whose ids ascend in list order, stored last one first. */
    private List<Visitor> storedInReverse(WorkspaceId workspace, int count) {
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visitors.add(anonymousVisitor(workspace));
        }
        for (int i = count - 1; i >= 0; i--) {
            Visitor visitor = visitors.get(i);
            startWithNewDevice(visitor);
        }
        return visitors;
    }

    private Visitor inserted(Visitor visitor) {
        ports.visitors().insert(visitor);
        return visitor;
    }

    private static VisitorQuery page(int limit, Optional<VisitorId> after) {
        return new VisitorQuery(Optional.empty(), Optional.empty(), limit, after);
    }

    private static List<VisitorId> ids(List<Visitor> visitors) {
        return visitors.stream().map(Visitor::id).toList();
    }
}
