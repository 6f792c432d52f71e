package delivery.rider.domain;

import java.util.UUID;

/** The rider who collects every delivery of a site-and-slot. At most one per {@link SiteSlot}. */
public record SlotAssignment(SiteSlot slot, UUID riderId) {

    public SlotAssignment {
        Require.present("slot", slot);
        Require.present("riderId", riderId);
    }

    public SlotAssignment handOverTo(UUID otherRider) {
        return new SlotAssignment(slot, otherRider);
    }
}
