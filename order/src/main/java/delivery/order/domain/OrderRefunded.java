package delivery.order.domain;

import java.util.UUID;

/** Billing refunded the cancelled order; the order ends here. */
public record OrderRefunded(UUID orderId, UUID customerId, long totalAmount) implements OrderEvent {
}
