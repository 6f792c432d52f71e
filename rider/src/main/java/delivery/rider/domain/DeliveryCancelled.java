package delivery.rider.domain;

import java.util.UUID;

public record DeliveryCancelled(UUID deliveryId, UUID orderId, String reason) {
}
