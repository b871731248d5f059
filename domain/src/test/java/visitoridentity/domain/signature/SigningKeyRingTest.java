package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

class SigningKeyRingTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final SigningSecret FIRST = new SigningSecret("whsec_first");
    private static final SigningSecret SECOND = new SigningSecret("whsec_second");
    private static final SigningSecret THIRD = new SigningSecret("whsec_third");

    @Test
    void startsWithOneActiveKeyAndNoPreviousKey() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0);

        assertThat(ring.active()).isEqualTo(new SigningKey("key-1", FIRST, T0, Optional.empty()));
        assertThat(ring.previous()).isEmpty();
    }

    @Test
    void theDefaultGraceIsOneDay() {
        assertThat(SigningKeyRing.DEFAULT_GRACE.toSeconds()).isEqualTo(86_400);
    }

    @Test
    void rotationMakesTheActiveKeyAPreviousKeyUntilNowPlusGrace() {
        Instant rotatedAt = T0.plusSeconds(60);

        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0).rotate(SECOND, rotatedAt, Duration.ofHours(2));

        assertThat(ring.active()).isEqualTo(new SigningKey("key-2", SECOND, rotatedAt, Optional.empty()));
        assertThat(ring.previous())
                .containsExactly(new SigningKey("key-1", FIRST, T0, Optional.of(rotatedAt.plus(Duration.ofHours(2)))));
    }

    @Test
    void aPreviousKeyVerifiesBeforeItsValidUntilOnly() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0).rotate(SECOND, T0, Duration.ofHours(1));
        Instant end = T0.plus(Duration.ofHours(1));

        assertThat(secrets(ring.verifyingAt(end.minusMillis(1)))).containsExactly(SECOND, FIRST);
        assertThat(secrets(ring.verifyingAt(end))).containsExactly(SECOND);
        assertThat(secrets(ring.verifyingAt(end.plusSeconds(1)))).containsExactly(SECOND);
    }

    @Test
    void graceZeroRetiresTheActiveKeyAtOnce() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0).rotate(SECOND, T0, Duration.ZERO);

        assertThat(secrets(ring.verifyingAt(T0))).containsExactly(SECOND);
        assertThat(ring.previous()).isEmpty();
    }

    @Test
    void rotationDropsPreviousKeysAlreadyExpired() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0)
                .rotate(SECOND, T0, Duration.ofHours(1))
                .rotate(THIRD, T0.plus(Duration.ofHours(1)), Duration.ofHours(1));

        assertThat(secrets(ring.previous())).containsExactly(SECOND);
    }

    @Test
    void rotationKeepsEveryPreviousKeyStillInItsGraceNewestFirst() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0)
                .rotate(SECOND, T0, Duration.ofHours(2))
                .rotate(THIRD, T0.plus(Duration.ofHours(1)), Duration.ofHours(2));

        assertThat(secrets(ring.verifyingAt(T0.plus(Duration.ofMinutes(90))))).containsExactly(THIRD, SECOND, FIRST);
        assertThat(secrets(ring.verifyingAt(T0.plus(Duration.ofMinutes(150))))).containsExactly(THIRD, SECOND);
    }

    @Test
    void refusesANegativeGrace() {
        SigningKeyRing ring = SigningKeyRing.of(FIRST, T0);

        assertThatThrownBy(() -> ring.rotate(SECOND, T0, Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("graceSeconds"));
    }

    @Test
    void theActiveKeyHasNoEndOfValidity() {
        SigningKey ending = new SigningKey("key-1", FIRST, T0, Optional.of(T0.plusSeconds(1)));

        assertThatThrownBy(() -> new SigningKeyRing(ending, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPreviousKeyHasAnEndOfValidity() {
        SigningKey active = new SigningKey("key-2", SECOND, T0, Optional.empty());
        SigningKey endless = new SigningKey("key-1", FIRST, T0, Optional.empty());

        assertThatThrownBy(() -> new SigningKeyRing(active, List.of(endless)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<SigningSecret> secrets(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::secret).toList();
    }
}
