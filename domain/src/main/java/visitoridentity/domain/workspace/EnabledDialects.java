package visitoridentity.domain.workspace;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * The vendor dialects a workspace answers: every one the server ships ({@link #ALL}, the default),
 * or only those named. A call to a dialect not enabled is answered as if it did not exist.
 */
public record EnabledDialects(Optional<Set<String>> names) {
    public static final EnabledDialects ALL = new EnabledDialects(Optional.empty());
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public EnabledDialects {
        Objects.requireNonNull(names, "names");
        names = names.map(set -> {
            for (String name : set) {
                if (name == null || !NAME.matcher(name).matches()) {
                    throw new InvalidFieldException("dialects", "must list dialect names such as chatbase or repai");
                }
            }
            return Set.copyOf(new TreeSet<>(set));
        });
    }

    /** Only the dialects named. */
    public static EnabledDialects only(Set<String> names) {
        return new EnabledDialects(Optional.of(names));
    }

    public boolean allows(String dialect) {
        return names.map(set -> set.contains(dialect)).orElse(true);
    }
}
