package delivery.rider.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Who takes a site-and-slot nobody holds yet: of the available riders serving the site, the one with
 * the fewest active site-and-slots, then the fewest active deliveries, then the lowest id — so the
 * same loads always give the same rider.
 */
public final class DispatchPolicy {

    static final Comparator<RiderLoad> LEAST_BUSY_FIRST = Comparator.comparingInt(RiderLoad::activeAssignments)
            .thenComparingInt(RiderLoad::activeDeliveries)
            .thenComparing(RiderLoad::riderId);

    private DispatchPolicy() {
    }

    /** @return the rider to assign, or nothing when no rider of the site is available */
    public static Optional<UUID> chooseRider(Collection<RiderLoad> availableRidersOfSite) {
        return availableRidersOfSite.stream().min(LEAST_BUSY_FIRST).map(RiderLoad::riderId);
    }
}
