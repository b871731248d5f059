package visitoridentity.domain.visitor;

import java.util.Objects;
import java.util.Optional;

/** What an identify does to one profile field: keep it (omitted), clear it ({@code null}) or set it. */
public sealed interface FieldPatch<T> {
    static <T> FieldPatch<T> keep() {
        return new Keep<>();
    }

    static <T> FieldPatch<T> clear() {
        return new Clear<>();
    }

    static <T> FieldPatch<T> set(T value) {
        return new Set<>(value);
    }

    /** The field's value after this patch. */
    Optional<T> applyTo(Optional<T> current);

    record Keep<T>() implements FieldPatch<T> {
        @Override
        public Optional<T> applyTo(Optional<T> current) {
            return current;
        }
    }

    record Clear<T>() implements FieldPatch<T> {
        @Override
        public Optional<T> applyTo(Optional<T> current) {
            return Optional.empty();
        }
    }

    record Set<T>(T value) implements FieldPatch<T> {
        public Set {
            Objects.requireNonNull(value);
        }

        @Override
        public Optional<T> applyTo(Optional<T> current) {
            return Optional.of(value);
        }
    }
}
