package delivery.rider.domain;

import java.util.UUID;

/**
 * One order's trip from its store to the pickup shelves of its site in its slot.
 * The rider is unknown until dispatch assigns one.
 */
public record Delivery(UUID id, UUID orderId, UUID riderId, UUID siteId, UUID slotId, DeliveryStatus status) {

    public Delivery {
        Require.present("id", id);
        Require.present("orderId", orderId);
        Require.present("siteId", siteId);
        Require.present("slotId", slotId);
        Require.present("status", status);
        if (riderId == null && status != DeliveryStatus.PLANNED && status != DeliveryStatus.CANCELLED) {
            throw new InvalidValueException("riderId", "a " + status + " delivery has a rider");
        }
    }
}
