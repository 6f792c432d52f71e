package delivery.store.application.port.out;

import delivery.store.domain.MenuChanged;
import delivery.store.domain.SiteRegistered;
import delivery.store.domain.SlotRegistered;
import delivery.store.domain.StoreApproved;
import delivery.store.domain.StoreRegistered;
import delivery.store.domain.StoreRejected;
import delivery.store.domain.TicketAccepted;
import delivery.store.domain.TicketReady;
import delivery.store.domain.TicketRejected;

/** Announces the store's state changes; the caller's transaction decides whether they happened. */
public interface StoreEventPublisher {

    void siteRegistered(SiteRegistered event);

    void slotRegistered(SlotRegistered event);

    void storeRegistered(StoreRegistered event);

    void storeApproved(StoreApproved event);

    void storeRejected(StoreRejected event);

    void menuChanged(MenuChanged event);

    void ticketAccepted(TicketAccepted event);

    void ticketRejected(TicketRejected event);

    void ticketReady(TicketReady event);
}
