package delivery.order.domain;

import java.util.UUID;

/** The rider reported a delay, with its reason. */
public record OrderDelayed(UUID orderId, UUID customerId, UUID riderId, String reason) implements OrderEvent {
}
