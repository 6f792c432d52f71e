package delivery.store.adapters.out.messaging;

import delivery.messaging.outbox.Outbox;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.domain.SiteRegistered;
import delivery.store.domain.SlotRegistered;
import delivery.store.domain.StoreApproved;
import delivery.store.domain.StoreRegistered;
import delivery.store.domain.StoreRejected;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

/** Writes the store's events to the outbox of the current transaction, on exchange {@code store.events}. */
@Singleton
@SerdeImport(SiteRegistered.class)
@SerdeImport(SlotRegistered.class)
@SerdeImport(StoreRegistered.class)
@SerdeImport(StoreApproved.class)
@SerdeImport(StoreRejected.class)
class StoreEventsOutboxAdapter implements StoreEventPublisher {

    static final String EXCHANGE = "store.events";

    private final Outbox outbox;

    StoreEventsOutboxAdapter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void siteRegistered(SiteRegistered event) {
        outbox.append(EXCHANGE, "site.registered", 1, event.siteId().toString(), event);
    }

    @Override
    public void slotRegistered(SlotRegistered event) {
        outbox.append(EXCHANGE, "slot.registered", 1, event.siteId().toString(), event);
    }

    @Override
    public void storeRegistered(StoreRegistered event) {
        outbox.append(EXCHANGE, "store.registered", 1, event.storeId().toString(), event);
    }

    @Override
    public void storeApproved(StoreApproved event) {
        outbox.append(EXCHANGE, "store.approved", 1, event.storeId().toString(), event);
    }

    @Override
    public void storeRejected(StoreRejected event) {
        outbox.append(EXCHANGE, "store.rejected", 1, event.storeId().toString(), event);
    }
}
