package delivery.order.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import delivery.order.application.port.in.FollowSagaUseCase;
import delivery.order.application.port.in.UpdateCatalogCopyUseCase;
import delivery.order.domain.catalog.CatalogOption;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the catalog copy current from the store's events on {@code store.events} and follows the
 * store's decisions on tickets; other event types on the queue are acknowledged and ignored. A payload that lacks what the copy needs, or
 * has a time that is not {@code HH:mm[:ss]}, can never be handled and is dead-lettered.
 */
@RabbitListener
class StoreEventsListener {

    static final String QUEUE = "order.store-events";
    static final String CONSUMER = "order";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final UpdateCatalogCopyUseCase catalog;
    private final FollowSagaUseCase saga;

    StoreEventsListener(InboundEvents inbound, EventCodec codec, UpdateCatalogCopyUseCase catalog, FollowSagaUseCase saga) {
        this.inbound = inbound;
        this.codec = codec;
        this.catalog = catalog;
        this.saga = saga;
    }

    @Queue("${messaging.queues.store-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "store.registered" -> {
                StoreRegistered store = codec.payload(envelope, StoreRegistered.class);
                catalog.storeRegistered(envelope.required("storeId", store.storeId()), store.name(),
                        store.siteIds() == null ? Set.of() : new LinkedHashSet<>(store.siteIds()),
                        time(envelope, "openTime", store.openTime()), time(envelope, "closeTime", store.closeTime()));
            }
            case "store.approved" -> {
                StoreReviewed store = codec.payload(envelope, StoreReviewed.class);
                catalog.storeReviewed(envelope.required("storeId", store.storeId()), store.name(),
                        CatalogStoreStatus.APPROVED);
            }
            case "store.rejected" -> {
                StoreReviewed store = codec.payload(envelope, StoreReviewed.class);
                catalog.storeReviewed(envelope.required("storeId", store.storeId()), store.name(),
                        CatalogStoreStatus.REJECTED);
            }
            case "menu.changed" -> {
                MenuChanged menu = codec.payload(envelope, MenuChanged.class);
                UUID storeId = envelope.required("storeId", menu.storeId());
                List<ProductMessage> products = envelope.required("products", menu.products());
                catalog.menuChanged(storeId, envelope.occurredAt(),
                        products.stream().map(product -> product.toProduct(envelope, storeId)).toList());
            }
            case "site.registered" -> {
                SiteRegistered site = codec.payload(envelope, SiteRegistered.class);
                catalog.siteRegistered(new CatalogSite(envelope.required("siteId", site.siteId()), site.name(),
                        site.address()));
            }
            case "slot.registered" -> {
                SlotRegistered slot = codec.payload(envelope, SlotRegistered.class);
                catalog.slotRegistered(new CatalogSlot(envelope.required("slotId", slot.slotId()),
                        envelope.required("siteId", slot.siteId()),
                        envelope.required("orderDeadline", time(envelope, "orderDeadline", slot.orderDeadline())),
                        time(envelope, "pickupTime", slot.pickupTime()),
                        time(envelope, "arrivalTime", slot.arrivalTime())));
            }
            case "ticket.accepted" -> saga.ticketAccepted(
                    envelope.required("orderId", codec.payload(envelope, TicketDecided.class).orderId()));
            case "ticket.rejected" -> {
                TicketDecided ticket = codec.payload(envelope, TicketDecided.class);
                saga.ticketRejected(envelope.required("orderId", ticket.orderId()),
                        ticket.reason() == null ? "the store rejected the order" : ticket.reason());
            }
            default -> {
                // the queue takes all of store.events; the order needs only the events above
            }
        }
    }

    private static LocalTime time(EventEnvelope envelope, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + ": " + field + " "
                    + value + " is not a time HH:mm", e);
        }
    }

    // What the order service reads of the store's events (its side of the contracts in contracts/pacts).

    @Serdeable
    record TicketDecided(@Nullable UUID orderId, @Nullable String reason) {
    }

    @Serdeable
    record StoreRegistered(@Nullable UUID storeId, @Nullable String name, @Nullable List<UUID> siteIds,
                           @Nullable String openTime, @Nullable String closeTime) {
    }

    @Serdeable
    record StoreReviewed(@Nullable UUID storeId, @Nullable String name) {
    }

    @Serdeable
    record MenuChanged(@Nullable UUID storeId, @Nullable List<ProductMessage> products) {
    }

    @Serdeable
    record ProductMessage(@Nullable UUID productId, @Nullable String name, @Nullable Long price,
                          @Nullable Boolean soldOut, @Nullable List<OptionMessage> options) {
        CatalogProduct toProduct(EventEnvelope envelope, UUID storeId) {
            return new CatalogProduct(envelope.required("products.productId", productId), storeId,
                    envelope.required("products.name", name), envelope.required("products.price", price),
                    Boolean.TRUE.equals(soldOut), options == null ? List.of()
                    : options.stream().map(option -> option.toOption(envelope)).toList());
        }
    }

    @Serdeable
    record OptionMessage(@Nullable String name, @Nullable Long price, @Nullable Integer min, @Nullable Integer max) {
        CatalogOption toOption(EventEnvelope envelope) {
            return new CatalogOption(envelope.required("options.name", name), envelope.required("options.price", price),
                    min == null ? 0 : min, envelope.required("options.max", max));
        }
    }

    @Serdeable
    record SiteRegistered(@Nullable UUID siteId, @Nullable String name, @Nullable String address) {
    }

    @Serdeable
    record SlotRegistered(@Nullable UUID slotId, @Nullable UUID siteId, @Nullable String orderDeadline,
                          @Nullable String pickupTime, @Nullable String arrivalTime) {
    }
}
