package delivery.order.application.port.in;

import delivery.order.domain.OrderStatus;
import delivery.order.domain.PaymentMethod;
import delivery.order.domain.RequestedItem;

import java.util.List;
import java.util.UUID;

/**
 * The customer places an order: checked and priced by the store (or, while the store service
 * is unavailable, by the order service's catalog copy), stored waiting for its payment, and
 * announced to billing. A request repeated with the same idempotency key gets the same order.
 */
public interface PlaceOrderUseCase {

    /** {@code idempotencyKey} is optional; the rest is the order as the customer asked for it. */
    record PlaceOrderCommand(String idempotencyKey, UUID customerId, UUID storeId, UUID siteId, UUID slotId,
                             List<RequestedItem> items, String note, PaymentMethod paymentMethod, String cardToken,
                             String couponCode, long points) {
        public PlaceOrderCommand {
            items = items == null ? null : List.copyOf(items);
        }
    }

    /** The answer to a placement; a repeated request gets the answer the first one got. */
    record PlacedOrder(UUID orderId, OrderStatus status, long totalAmount) {
    }

    /**
     * @throws delivery.order.domain.InvalidValueException  the order breaks a rule checked locally
     * @throws delivery.order.domain.QuoteRefusedException  the store refused it
     * @throws CannotVouchForOrderException                 neither the store nor the catalog copy can check it
     * @throws IdempotencyKeyReusedException                the key was used for a different request
     */
    PlacedOrder place(PlaceOrderCommand command);
}
