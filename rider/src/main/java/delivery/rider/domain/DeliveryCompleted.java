package delivery.rider.domain;

import java.time.Instant;
import java.util.UUID;

public record DeliveryCompleted(UUID deliveryId, UUID orderId, UUID riderId, UUID storeId, int boxNumber,
                                Instant completedAt) {
}
