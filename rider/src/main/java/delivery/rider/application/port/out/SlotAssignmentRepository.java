package delivery.rider.application.port.out;

import delivery.rider.domain.SiteSlot;
import delivery.rider.domain.SlotAssignment;

import java.util.List;
import java.util.Optional;

/** Dispatch decisions: at most one rider per site-and-slot, enforced by the store. */
public interface SlotAssignmentRepository {

    /** The assignment of the site-and-slot, locked for update. */
    Optional<SlotAssignment> lock(SiteSlot slot);

    /**
     * Records the assignment unless the site-and-slot already has one.
     * @return the assignment that holds: this one, or the one a concurrent dispatch recorded first
     */
    SlotAssignment insertIfAbsent(SlotAssignment assignment);

    void update(SlotAssignment assignment);

    void delete(SiteSlot slot);

    /** The rider's assignments, locked for update. */
    List<SlotAssignment> lockOfRider(java.util.UUID riderId);
}
