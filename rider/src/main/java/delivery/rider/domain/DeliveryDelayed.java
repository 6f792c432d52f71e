package delivery.rider.domain;

import java.util.UUID;

public record DeliveryDelayed(UUID deliveryId, UUID orderId, UUID riderId, String reason) {
}
