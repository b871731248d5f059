package visitoridentity.domain.visitor;

import java.util.List;
import java.util.Optional;

/**
 * Where a device ends up after claiming an external id: the visitor it now resolves to ({@code isNew}
 * when that visitor must be inserted), the anonymous visitor that was merged into it and must be
 * deleted, its devices following the device to the target, the metadata keys the merge could not
 * fit, and the visitor that lost the id to a verified claimant ({@code demoted}, saved first so that
 * the id is free when the target takes it). Only the device itself moves on a switch; the visitors'
 * other devices stay where they are.
 */
public record Placement(
        Visitor target,
        boolean isNew,
        Optional<Visitor> absorbed,
        List<String> droppedOnMerge,
        Optional<Visitor> demoted) {
    public Placement {
        droppedOnMerge = List.copyOf(droppedOnMerge);
    }

    public static Placement stay(Visitor target) {
        return new Placement(target, false, Optional.empty(), List.of(), Optional.empty());
    }

    static Placement moveTo(Visitor target) {
        return new Placement(target, false, Optional.empty(), List.of(), Optional.empty());
    }

    static Placement moveToNew(Visitor target) {
        return new Placement(target, true, Optional.empty(), List.of(), Optional.empty());
    }

    Placement demoting(Optional<Visitor> squatter) {
        return new Placement(target, isNew, absorbed, droppedOnMerge, squatter);
    }

    /** True when the device now resolves to another visitor than the one it came with. */
    public boolean movedFrom(Visitor current) {
        return isNew || !target.id().equals(current.id());
    }
}
