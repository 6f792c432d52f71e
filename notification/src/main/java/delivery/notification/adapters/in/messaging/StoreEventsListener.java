package delivery.notification.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.inbox.InboundEvents;
import delivery.notification.application.port.in.NotifyAboutEventUseCase;
import delivery.notification.application.port.in.NotifyAboutEventUseCase.EventNotice;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Store onboarding (to the owner) and the store's decisions on tickets (to customer, owner, rider). */
@RabbitListener
class StoreEventsListener {

    static final String QUEUE = "notification.store-events";
    static final Set<String> STORE_EVENTS = Set.of("store.registered", "store.approved", "store.rejected");
    static final Set<String> TICKET_EVENTS = Set.of("ticket.accepted", "ticket.rejected", "ticket.ready");

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final NotifyAboutEventUseCase notify;

    StoreEventsListener(InboundEvents inbound, EventCodec codec, NotifyAboutEventUseCase notify) {
        this.inbound = inbound;
        this.codec = codec;
        this.notify = notify;
    }

    @Queue("${messaging.queues.store-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("notification", body, properties, acknowledgement,
                envelope -> notice(envelope).ifPresent(notify::handle));
    }

    Optional<EventNotice> notice(EventEnvelope envelope) {
        if (STORE_EVENTS.contains(envelope.type())) {
            StoreMessage store = codec.payload(envelope, StoreMessage.class);
            return Optional.of(new EventNotice(envelope.eventId(), envelope.type(), null, null, store.storeId(),
                    store.ownerId(), null, store.name(),
                    new Facts().put("storeName", store.name()).put("reason", store.reason()).values()));
        }
        if (TICKET_EVENTS.contains(envelope.type())) {
            TicketMessage ticket = codec.payload(envelope, TicketMessage.class);
            return Optional.of(new EventNotice(envelope.eventId(), envelope.type(), ticket.orderId(), null,
                    ticket.storeId(), null, null, null, new Facts().put("reason", ticket.reason()).values()));
        }
        return Optional.empty();
    }

    /** What notification reads of the store's events (its side of the contract). */
    @Serdeable
    record StoreMessage(UUID storeId, UUID ownerId, String name, @Nullable String reason) {
    }

    @Serdeable
    record TicketMessage(UUID orderId, UUID storeId, @Nullable String reason) {
    }
}
