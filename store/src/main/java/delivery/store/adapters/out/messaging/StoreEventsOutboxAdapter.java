package delivery.store.adapters.out.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.messaging.outbox.Outbox;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.domain.MenuChanged;
import delivery.store.domain.SiteRegistered;
import delivery.store.domain.SlotRegistered;
import delivery.store.domain.StoreApproved;
import delivery.store.domain.StoreRegistered;
import delivery.store.domain.StoreRejected;
import delivery.store.domain.TicketAccepted;
import delivery.store.domain.TicketReady;
import delivery.store.domain.TicketRejected;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Writes the store's events to the outbox of the current transaction, on exchange
 * {@code store.events}; the event type is also the routing key. A ticket's events have the
 * order as aggregate, the menu's the store.
 */
@Singleton
@SerdeImport(SiteRegistered.class)
@SerdeImport(SlotRegistered.class)
@SerdeImport(StoreRegistered.class)
@SerdeImport(StoreApproved.class)
@SerdeImport(StoreRejected.class)
@SerdeImport(TicketAccepted.class)
@SerdeImport(TicketRejected.class)
@SerdeImport(TicketReady.class)
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

    @Override
    public void menuChanged(MenuChanged event) {
        outbox.append(EXCHANGE, "menu.changed", 1, event.storeId().toString(), MenuMessage.of(event));
    }

    @Override
    public void ticketAccepted(TicketAccepted event) {
        outbox.append(EXCHANGE, "ticket.accepted", 1, event.orderId().toString(), event);
    }

    @Override
    public void ticketRejected(TicketRejected event) {
        outbox.append(EXCHANGE, "ticket.rejected", 1, event.orderId().toString(), event);
    }

    @Override
    public void ticketReady(TicketReady event) {
        outbox.append(EXCHANGE, "ticket.ready", 1, event.orderId().toString(), event);
    }

    /** The menu on the wire: every field always present, a product without options with {@code options: []}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MenuMessage(UUID storeId, List<ProductMessage> products) {
        static MenuMessage of(MenuChanged event) {
            return new MenuMessage(event.storeId(), event.products().stream().map(product -> new ProductMessage(
                    product.productId(), product.name(), product.price(), product.soldOut(), product.options().stream()
                    .map(option -> new OptionMessage(option.name(), option.price(), option.min(), option.max()))
                    .toList())).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductMessage(UUID productId, String name, long price, boolean soldOut, List<OptionMessage> options) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OptionMessage(String name, long price, int min, int max) {
    }
}
