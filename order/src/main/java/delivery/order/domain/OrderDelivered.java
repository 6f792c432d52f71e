package delivery.order.domain;

import java.util.UUID;

/** The order is on the site's pickup shelves, in the given box. */
public record OrderDelivered(UUID orderId, UUID customerId, UUID storeId, UUID riderId, String boxNumber,
                             long totalAmount) implements OrderEvent {
}
