package delivery.order.domain;

import java.util.UUID;

/** The store accepted the order; it can no longer be cancelled and waits for a rider. */
public record OrderAccepted(UUID orderId, UUID customerId, UUID storeId, UUID siteId, UUID slotId)
        implements OrderEvent {
}
