package delivery.rider.application.port.in;

import java.time.Instant;
import java.util.UUID;

public interface PlanDeliveryUseCase {

    record PlanDeliveryCommand(UUID orderId, UUID storeId, UUID siteId, UUID slotId, Instant acceptedAt) {
    }

    /** Plans and dispatches the delivery of an accepted order; an order that has its delivery already changes nothing. */
    void planDelivery(PlanDeliveryCommand command);
}
