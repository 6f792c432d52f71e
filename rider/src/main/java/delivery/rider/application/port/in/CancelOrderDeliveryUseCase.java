package delivery.rider.application.port.in;

import java.util.UUID;

public interface CancelOrderDeliveryUseCase {

    /** Drops the order's deliveries that were not picked up yet; picked-up ones stay. */
    void cancelOrderDelivery(UUID orderId, String reason);
}
