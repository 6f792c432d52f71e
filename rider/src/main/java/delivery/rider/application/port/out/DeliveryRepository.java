package delivery.rider.application.port.out;

import delivery.rider.domain.Delivery;

import java.util.List;
import java.util.UUID;

public interface DeliveryRepository {

    List<Delivery> findByOrderId(UUID orderId);

    List<Delivery> findByRiderId(UUID riderId);

    List<Delivery> findByOrderIdAndRiderId(UUID orderId, UUID riderId);
}
