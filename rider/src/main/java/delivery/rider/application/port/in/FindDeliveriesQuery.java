package delivery.rider.application.port.in;

import delivery.rider.domain.Delivery;

import java.util.List;
import java.util.UUID;

public interface FindDeliveriesQuery {

    /** Deliveries of an order, of a rider, or of both: either id may be null, not both. */
    record DeliveriesFilter(UUID orderId, UUID riderId) {
        public DeliveriesFilter {
            if (orderId == null && riderId == null) {
                throw new IllegalArgumentException("filter by orderId, riderId or both");
            }
        }
    }

    List<Delivery> findDeliveries(DeliveriesFilter filter);
}
