package delivery.order.domain;

import java.util.UUID;

/** A rider will collect the accepted order. */
public record OrderRiderAssigned(UUID orderId, UUID customerId, UUID riderId) implements OrderEvent {
}
