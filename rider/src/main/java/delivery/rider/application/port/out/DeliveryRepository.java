package delivery.rider.application.port.out;

import delivery.rider.domain.Delivery;
import delivery.rider.domain.SiteSlot;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DeliveryRepository {

    void insert(Delivery delivery);

    void update(Delivery delivery);

    List<Delivery> findByOrderId(UUID orderId);

    List<Delivery> findByRiderId(UUID riderId);

    List<Delivery> findByOrderIdAndRiderId(UUID orderId, UUID riderId);

    boolean existsForOrder(UUID orderId);

    /** As stored, without a lock: to learn which site's dispatch lock to take before locking it. */
    Optional<Delivery> findById(UUID deliveryId);

    /** Locked for update until the transaction ends. */
    Optional<Delivery> lockById(UUID deliveryId);

    /** Every delivery of the order, locked for update. */
    List<Delivery> lockByOrderId(UUID orderId);

    /** Every delivery of the site-and-slot, locked for update. */
    List<Delivery> lockOfSlot(SiteSlot slot);

    /** Deliveries waiting for a rider at any of the sites, locked, oldest site-and-slot first. */
    List<Delivery> lockWaitingAtSites(Collection<UUID> siteIds);

    /** The next free box number of the site-and-slot; holds the slot's box numbering until the transaction ends. */
    int nextBoxNumber(SiteSlot slot);
}
