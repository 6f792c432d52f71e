package delivery.rider.domain;

import java.util.UUID;

public record DeliveryUnassigned(UUID deliveryId, UUID orderId, UUID riderId, String reason) {
}
