package delivery.order.domain;

import java.util.UUID;

/** The payment was refused; the order ends here. */
public record OrderPaymentFailed(UUID orderId, UUID customerId, String reason) implements OrderEvent {
}
