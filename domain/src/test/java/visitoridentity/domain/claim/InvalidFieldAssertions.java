package visitoridentity.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import visitoridentity.domain.error.InvalidFieldException;

final class InvalidFieldAssertions {
    private InvalidFieldAssertions() {}

    static void assertInvalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
