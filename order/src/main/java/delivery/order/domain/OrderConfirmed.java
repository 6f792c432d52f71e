package delivery.order.domain;

import java.util.List;
import java.util.UUID;

/** The payment was approved; the store opens a ticket for the order. */
public record OrderConfirmed(UUID orderId, UUID customerId, UUID storeId, UUID siteId, UUID slotId,
                             List<OrderLine> items, String note, long totalAmount) implements OrderEvent {
}
