package delivery.rider.domain;

import java.util.UUID;

public record DeliveryAssigned(UUID deliveryId, UUID orderId, UUID riderId, UUID storeId, UUID siteId, UUID slotId) {
}
