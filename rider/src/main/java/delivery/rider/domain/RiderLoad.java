package delivery.rider.domain;

import java.util.UUID;

/**
 * How busy an available rider is: the site-and-slots the rider holds that still have work
 * (a delivery assigned, picked up or delayed), and the deliveries of those.
 */
public record RiderLoad(UUID riderId, int activeAssignments, int activeDeliveries) {

    public RiderLoad {
        Require.present("riderId", riderId);
        if (activeAssignments < 0 || activeDeliveries < 0) {
            throw new InvalidValueException("load", "a load is never negative");
        }
    }
}
