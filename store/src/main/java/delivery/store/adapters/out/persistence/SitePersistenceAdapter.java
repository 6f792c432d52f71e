package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.SiteRepository;
import delivery.store.domain.DeliverySite;
import delivery.store.domain.OrderTimeSlot;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
class SitePersistenceAdapter implements SiteRepository {

    private final JdbcRepositories.SiteRows sites;
    private final JdbcRepositories.SlotRows slots;

    SitePersistenceAdapter(JdbcRepositories.SiteRows sites, JdbcRepositories.SlotRows slots) {
        this.sites = sites;
        this.slots = slots;
    }

    @Override
    public void save(DeliverySite site) {
        sites.save(new SiteRow(site.id(), site.name(), site.address()));
    }

    @Override
    public boolean exists(UUID siteId) {
        return sites.existsById(siteId);
    }

    @Override
    public Set<UUID> unknown(Collection<UUID> siteIds) {
        Set<UUID> unknown = new HashSet<>(siteIds);
        sites.findByIdIn(siteIds).forEach(row -> unknown.remove(row.id()));
        return unknown;
    }

    @Override
    public void save(OrderTimeSlot slot) {
        slots.save(new SlotRow(slot.id(), slot.siteId(), slot.orderDeadline(), slot.pickupTime(), slot.arrivalTime()));
    }

    @Override
    public Optional<OrderTimeSlot> findSlot(UUID slotId) {
        return slots.findById(slotId).map(row -> new OrderTimeSlot(row.id(), row.siteId(), row.orderDeadline(),
                row.pickupTime(), row.arrivalTime()));
    }
}
