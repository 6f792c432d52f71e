package delivery.rider.domain;

import java.time.Instant;
import java.util.UUID;

/** The box number travels as text, as the order and notification services read it (order keeps it as a label). */
public record DeliveryCompleted(UUID deliveryId, UUID orderId, UUID riderId, UUID storeId, String boxNumber,
                                Instant completedAt) {
}
