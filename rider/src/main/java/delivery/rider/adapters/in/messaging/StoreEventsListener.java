package delivery.rider.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An order the store accepted gets its delivery, dispatched to the rider of its site and slot. */
@RabbitListener
class StoreEventsListener {

    static final String QUEUE = "rider.store-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final PlanDeliveryUseCase planDelivery;

    StoreEventsListener(InboundEvents inbound, EventCodec codec, PlanDeliveryUseCase planDelivery) {
        this.inbound = inbound;
        this.codec = codec;
        this.planDelivery = planDelivery;
    }

    @Queue("${messaging.queues.store-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("rider", body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        if (!"ticket.accepted".equals(envelope.type())) {
            return;
        }
        TicketAcceptedMessage ticket = codec.payload(envelope, TicketAcceptedMessage.class);
        if (ticket.orderId() == null || ticket.storeId() == null || ticket.siteId() == null || ticket.slotId() == null
                || ticket.acceptedAt() == null) {
            throw new UnreadableEventException("ticket.accepted " + envelope.eventId()
                    + " lacks one of orderId, storeId, siteId, slotId, acceptedAt", null);
        }
        planDelivery.planDelivery(new PlanDeliveryCommand(ticket.orderId(), ticket.storeId(), ticket.siteId(),
                ticket.slotId(), ticket.acceptedAt()));
    }

    /** What rider reads of {@code ticket.accepted} (its side of the contract). */
    @Serdeable
    record TicketAcceptedMessage(@Nullable UUID orderId, @Nullable UUID storeId, @Nullable UUID siteId,
                                 @Nullable UUID slotId, @Nullable Instant acceptedAt) {
    }
}
