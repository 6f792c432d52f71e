package delivery.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer placed an order; billing authorises its payment with the card token (CARD only),
 * and deducts the coupon and points.
 */
public record OrderPlaced(UUID orderId, UUID customerId, UUID storeId, UUID siteId, UUID slotId, List<OrderLine> items,
                          String note, PaymentMethod paymentMethod, String cardToken, String couponCode, long points,
                          long totalAmount, Instant placedAt)
        implements OrderEvent {
}
