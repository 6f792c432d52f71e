package delivery.order.domain;

import java.util.UUID;

/**
 * The order was called off before the store accepted it; billing refunds it, the store and the
 * rider drop their work. {@code previousStatus} tells whether a store ticket existed yet.
 */
public record OrderCancelled(UUID orderId, UUID customerId, UUID storeId, UUID slotId, long totalAmount,
                             String reason, CancelledBy cancelledBy, OrderStatus previousStatus)
        implements OrderEvent {
}
