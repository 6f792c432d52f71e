package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryStatus;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

@Singleton
class DeliveryPersistenceAdapter implements DeliveryRepository {

    private final JdbcRepositories.DeliveryRows deliveries;

    DeliveryPersistenceAdapter(JdbcRepositories.DeliveryRows deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<Delivery> findByOrderId(UUID orderId) {
        return deliveries.findByOrderIdOrderById(orderId).stream().map(DeliveryPersistenceAdapter::delivery).toList();
    }

    @Override
    public List<Delivery> findByRiderId(UUID riderId) {
        return deliveries.findByRiderIdOrderById(riderId).stream().map(DeliveryPersistenceAdapter::delivery).toList();
    }

    @Override
    public List<Delivery> findByOrderIdAndRiderId(UUID orderId, UUID riderId) {
        return deliveries.findByOrderIdAndRiderIdOrderById(orderId, riderId).stream()
                .map(DeliveryPersistenceAdapter::delivery).toList();
    }

    private static Delivery delivery(DeliveryRow row) {
        return new Delivery(row.id(), row.orderId(), row.riderId(), row.siteId(), row.slotId(),
                DeliveryStatus.valueOf(row.status()));
    }
}
