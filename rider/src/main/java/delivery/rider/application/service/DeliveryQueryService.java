package delivery.rider.application.service;

import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.domain.Delivery;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class DeliveryQueryService implements FindDeliveriesQuery {

    private final DeliveryRepository deliveries;

    public DeliveryQueryService(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> findDeliveries(DeliveriesFilter filter) {
        if (filter.riderId() == null) {
            return deliveries.findByOrderId(filter.orderId());
        }
        if (filter.orderId() == null) {
            return deliveries.findByRiderId(filter.riderId());
        }
        return deliveries.findByOrderIdAndRiderId(filter.orderId(), filter.riderId());
    }
}
