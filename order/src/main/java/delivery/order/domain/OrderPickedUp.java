package delivery.order.domain;

import java.util.UUID;

/** The rider collected the order at the store. */
public record OrderPickedUp(UUID orderId, UUID customerId, UUID riderId) implements OrderEvent {
}
