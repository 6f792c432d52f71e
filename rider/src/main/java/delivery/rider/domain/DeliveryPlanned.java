package delivery.rider.domain;

import java.util.UUID;

public record DeliveryPlanned(UUID deliveryId, UUID orderId, UUID storeId, UUID siteId, UUID slotId) {
}
