package delivery.rider.domain;

import java.time.Instant;
import java.util.UUID;

public record DeliveryPickedUp(UUID deliveryId, UUID orderId, UUID riderId, Instant pickedUpAt) {
}
