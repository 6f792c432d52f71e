package delivery.store.application.service;

import delivery.store.application.port.in.RegisterSiteUseCase;
import delivery.store.application.port.in.RegisterSlotUseCase;
import delivery.store.application.port.in.UnknownIdException;
import delivery.store.application.port.out.SiteRepository;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.domain.DeliverySite;
import delivery.store.domain.OrderTimeSlot;
import delivery.store.domain.SiteRegistered;
import delivery.store.domain.SlotRegistered;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
public class SiteService implements RegisterSiteUseCase, RegisterSlotUseCase {

    private final SiteRepository sites;
    private final StoreEventPublisher events;

    public SiteService(SiteRepository sites, StoreEventPublisher events) {
        this.sites = sites;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID registerSite(RegisterSiteCommand command) {
        DeliverySite site = DeliverySite.register(command.name(), command.address());
        sites.save(site);
        events.siteRegistered(new SiteRegistered(site.id(), site.name(), site.address()));
        return site.id();
    }

    @Override
    @Transactional
    public UUID registerSlot(RegisterSlotCommand command) {
        if (!sites.exists(command.siteId())) {
            throw new UnknownIdException("siteId", "delivery site", command.siteId());
        }
        OrderTimeSlot slot = OrderTimeSlot.open(command.siteId(), command.orderDeadline(), command.pickupTime(),
                command.arrivalTime());
        sites.save(slot);
        events.slotRegistered(new SlotRegistered(slot.id(), slot.siteId(), slot.orderDeadline(), slot.pickupTime(),
                slot.arrivalTime()));
        return slot.id();
    }
}
