package delivery.store.application.port.out;

import delivery.store.domain.DeliverySite;
import delivery.store.domain.OrderTimeSlot;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface SiteRepository {

    void save(DeliverySite site);

    boolean exists(UUID siteId);

    /** @return the ids among the given ones that name no site */
    Set<UUID> unknown(Collection<UUID> siteIds);

    void save(OrderTimeSlot slot);

    Optional<OrderTimeSlot> findSlot(UUID slotId);
}
