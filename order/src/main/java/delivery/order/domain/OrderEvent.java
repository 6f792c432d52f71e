package delivery.order.domain;

import java.util.UUID;

/** Something that happened to an order; every successful status change yields exactly one. */
public sealed interface OrderEvent permits OrderPlaced, OrderConfirmed, OrderPaymentFailed, OrderAccepted,
        OrderCancelled, OrderRefunded, OrderRiderAssigned, OrderPickedUp, OrderDelayed, OrderDelivered {

    UUID orderId();
}
