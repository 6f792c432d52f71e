package delivery.rider.domain;

import java.util.List;
import java.util.UUID;

/** No items means the whole order is missing. */
public record MissingItemsReported(UUID deliveryId, UUID orderId, UUID storeId, UUID riderId, Fault fault,
                                   Resolution resolution, List<MissingItem> items) {
}
