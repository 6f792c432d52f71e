package delivery.order.application.port.in;

import delivery.order.domain.Order;

import java.util.UUID;

/** What the rider service reports about the order's delivery. */
public interface RecordDeliveryProgressUseCase {

    Order riderAssigned(UUID orderId, UUID riderId);

    Order pickedUp(UUID orderId);

    Order delayed(UUID orderId, String reason);

    Order delivered(UUID orderId, String boxNumber);
}
