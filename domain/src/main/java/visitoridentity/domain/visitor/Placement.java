package visitoridentity.domain.visitor;

import java.util.List;
import java.util.Optional;

/**
 * Where a device ends up after claiming an external id: the visitor it now resolves to ({@code isNew}
 * when that visitor must be inserted), the anonymous visitor that was merged into it and must be
 * deleted, and the metadata keys the merge could not fit.
 */
public record Placement(Visitor target, boolean isNew, Optional<Visitor> absorbed, List<String> droppedOnMerge) {
    public Placement {
        droppedOnMerge = List.copyOf(droppedOnMerge);
    }

    public static Placement stay(Visitor target) {
        return new Placement(target, false, Optional.empty(), List.of());
    }

    static Placement moveTo(Visitor target, boolean isNew) {
        return new Placement(target, isNew, Optional.empty(), List.of());
    }
}
