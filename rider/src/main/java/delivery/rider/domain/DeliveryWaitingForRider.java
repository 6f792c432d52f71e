package delivery.rider.domain;

import java.util.UUID;

public record DeliveryWaitingForRider(UUID deliveryId, UUID orderId, UUID siteId, UUID slotId) {
}
