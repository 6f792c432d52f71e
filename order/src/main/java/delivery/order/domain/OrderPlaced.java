package delivery.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customer placed an order; billing authorises its payment. */
public record OrderPlaced(UUID orderId, UUID customerId, UUID storeId, UUID siteId, UUID slotId, List<OrderLine> items,
                          String note, PaymentMethod paymentMethod, long totalAmount, Instant placedAt)
        implements OrderEvent {
}
