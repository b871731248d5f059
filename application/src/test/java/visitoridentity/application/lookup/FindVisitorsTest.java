package visitoridentity.application.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;

class FindVisitorsTest {

    @Test
    void pagesWalkEveryVisitorOnceInIdOrder() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        for (int i = 0; i < 7; i++) {
            s.newDevice();
        }
        List<VisitorId> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            VisitorPage page = s.useCases
                    .findVisitors()
                    .find(new FindVisitorsQuery(s.workspace(), Optional.empty(), Optional.empty(), 3, cursor));
            page.visitors().stream().map(Visitor::id).forEach(seen::add);
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(seen)
                .hasSize(7)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> a.value().compareTo(b.value()));
    }

    @Test
    void eachVisitorOfAPageListsItsDevices() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device laptop = s.newDevice();
        s.identify(laptop.request().externalId("user_1"));
        Device phone = s.newDevice();
        s.identify(phone.request().externalId("user_1"));
        Device other = s.newDevice();

        VisitorPage page = s.useCases
                .findVisitors()
                .find(new FindVisitorsQuery(s.workspace(), Optional.empty(), Optional.empty(), 10, Optional.empty()));

        assertThat(page.visitors()).hasSize(2);
        assertThat(page.anonymousIdsOf(laptop.started().visitorId()))
                .containsExactly(laptop.started().anonymousId(), phone.started().anonymousId());
        assertThat(page.anonymousIdsOf(other.started().visitorId()))
                .containsExactly(other.started().anonymousId());
    }

    @Test
    void filtersByEmail() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        s.identify(s.newDevice().request().email("jane@example.com"));
        s.newDevice();

        VisitorPage page = s.useCases
                .findVisitors()
                .find(new FindVisitorsQuery(
                        s.workspace(),
                        Optional.empty(),
                        Optional.of(Email.of("Jane@example.com")),
                        10,
                        Optional.empty()));

        assertThat(page.visitors()).hasSize(1);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void aForgedCursorAndABadLimitAreInvalidFields() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);

        assertThatThrownBy(() -> s.useCases
                        .findVisitors()
                        .find(new FindVisitorsQuery(
                                s.workspace(), Optional.empty(), Optional.empty(), 3, Optional.of("%%%"))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() ->
                        new FindVisitorsQuery(s.workspace(), Optional.empty(), Optional.empty(), 0, Optional.empty()))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("limit");
    }
}
