package delivery.order.domain.catalog;

import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** An order-time slot of a delivery site: orders until the deadline, picked up and delivered the same day. */
public record CatalogSlot(UUID slotId, UUID siteId, LocalTime orderDeadline, LocalTime pickupTime,
                          LocalTime arrivalTime) {

    public CatalogSlot {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(orderDeadline, "orderDeadline");
    }
}
